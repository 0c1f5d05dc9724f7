import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { type ErrorCode, statusOfCode } from "@quer/shared";
import type { Sqlite } from "../../db/open.ts";
import { testApp } from "../../testing/harness.ts";
import type { Fixtures, World } from "./world.ts";

/** A route as the app declares it. */
export interface AppRoute {
  method: string;
  path: string;
  /** "METHOD /path", the key the permission table uses. */
  key: string;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
export const mutating = (method: string) => !SAFE.has(method);

/**
 * Every route of the app, read from the app itself so a new one is probed without
 * anyone listing it. Middleware (`ALL`) is left out; a path with several handlers
 * (the board page's chain) counts once.
 */
export function appRoutes(app: { routes: readonly { method: string; path: string }[] }): AppRoute[] {
  const seen = new Map<string, AppRoute>();
  for (const { method, path } of app.routes) {
    if (method === "ALL") continue;
    const key = `${method} ${path}`;
    if (!seen.has(key)) seen.set(key, { method, path, key });
  }
  return [...seen.values()];
}

/** The routes of an app made for the purpose, so tests can be generated from them before any fixture exists. */
export function listRoutes(): AppRoute[] {
  const made = testApp();
  try {
    return appRoutes(made.app);
  } finally {
    made.dispose();
  }
}

/** The names of a route's path parameters, in order (`*` for a wildcard). */
export function paramNames(path: string): string[] {
  return [...path.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? "*");
}

/** The path with its parameters filled in (already encoded as they should go on the wire). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:(\w+)|\*/g, (_, name: string | undefined) => {
    const value = values[name ?? "*"];
    if (value === undefined) throw new Error(`no value for ${name ?? "*"} in ${path}`);
    return value;
  });
}

/** A fixture by name; a misspelt name fails the test instead of probing nothing. */
export function fixture(ids: Fixtures, name: string): string {
  if (!(name in ids)) throw new Error(`unknown fixture "${name}"`);
  return ids[name as keyof Fixtures];
}

/** A body sent as the bytes it is, with its own type (an upload), instead of as JSON. */
export class RawBody {
  constructor(
    readonly bytes: Uint8Array<ArrayBuffer>,
    readonly type: string,
  ) {}
}

/** A row's body as it goes on the wire: raw bytes with their type, or JSON. */
export function wireBody(body: unknown, ids: Fixtures): { body: BodyInit; type: string } | undefined {
  if (body === undefined) return undefined;
  if (body instanceof RawBody) return { body: body.bytes, type: body.type };
  return { body: JSON.stringify(withFixtures(body, ids)), type: "application/json" };
}

/** Replaces `@fixture` strings anywhere in a body. */
export function withFixtures(body: unknown, ids: Fixtures): unknown {
  if (body instanceof RawBody) return body;
  if (typeof body === "string") return body.startsWith("@") ? fixture(ids, body.slice(1)) : body;
  if (Array.isArray(body)) return body.map((v) => withFixtures(v, ids));
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, withFixtures(v, ids)]));
  }
  return body;
}

export interface Reply {
  status: number;
  type: string;
  text: string;
}

/** One request as a browser on the right origin would send it, with the role's cookie. */
export async function send(
  world: Pick<World, "app">,
  init: { method: string; path: string; cookie?: string; headers?: Record<string, string>; body?: BodyInit },
): Promise<Reply> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  const res = await world.app.request(init.path, { method: init.method, headers, body: init.body });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: decoded(bytes, res) };
}

/** The body as a client reads it: in process, nothing undoes the compression on the way. */
function decoded(bytes: Buffer, res: Response): string {
  const encoding = res.headers.get("content-encoding");
  if (bytes.length === 0) return "";
  if (encoding === "gzip") return gunzipSync(bytes).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(bytes).toString("utf8");
  if (encoding === "deflate") return inflateSync(bytes).toString("utf8");
  return bytes.toString("utf8");
}

/**
 * What is wrong with an error answer, or null: every 4xx must carry
 * `{"error":{"code","message"}}` with the code that belongs to its status.
 */
export function errorBodyProblem(reply: Reply): string | null {
  if (reply.status < 400 || reply.status >= 500) return null;
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    return `a ${reply.status} without a JSON body: ${reply.text.slice(0, 120)}`;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string" || !error.message) {
    return `a ${reply.status} without {error:{code,message}}: ${reply.text.slice(0, 120)}`;
  }
  const status = statusOfCode[error.code as ErrorCode];
  if (status !== reply.status) return `a ${reply.status} with the code "${error.code}" (that is ${status})`;
  return null;
}

/**
 * Every row of every table, in a stable order: two dumps are equal exactly when a
 * request changed nothing that is stored.
 */
export function dump(sqlite: Sqlite): string {
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  return tables
    .map((t) => {
      const rows = (sqlite.prepare(`select * from "${t}"`).raw().all() as unknown[]).map((r) =>
        JSON.stringify(r),
      );
      return `${t}: ${rows.sort().join("\n  ")}`;
    })
    .join("\n");
}
