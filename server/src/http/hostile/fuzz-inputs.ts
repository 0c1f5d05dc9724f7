import {
  blockInput,
  createBoardInput,
  createCommentInput,
  createIdeaInput,
  dotsInput,
  editIdeaInput,
  fundInput,
  hideInput,
  joinInput,
  loginInput,
  mergeInput,
  noticePrefsInput,
  phaseInput,
  projectNewsInput,
  registerInput,
  reportInput,
  spotlightInput,
  startSessionInput,
  statusInput,
  tableInput,
  timerInput,
  updateBoardInput,
  updateProjectInput,
  workshopSettingsInput,
} from "@quer/shared";
import fc from "fast-check";
import { z } from "zod";
import { arbitraryOfZod } from "./json-schema-arbitrary.ts";
import { PERMISSIONS } from "./permissions.table.ts";
import { fixture, paramNames, withFixtures } from "./probe.ts";
import { type Fixtures, ORIGIN, ROLES, type Role } from "./world.ts";

/**
 * The input schema each route reads its body with, from `shared/`. A route missing
 * here is still fuzzed: with its permission-table body and the mutations of any body.
 */
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  "POST /api/auth/register": registerInput,
  "POST /api/auth/login": loginInput,
  "POST /api/boards": createBoardInput,
  "PATCH /api/boards/:id": updateBoardInput,
  "POST /api/boards/:id/ideas": createIdeaInput,
  "PUT /api/ideas/:id/vote": dotsInput,
  "POST /api/ideas/:id/comments": createCommentInput,
  "PATCH /api/projects/:id": updateProjectInput,
  "POST /api/projects/:id/news": projectNewsInput,
  "PUT /api/funds/:year": fundInput.pick({ amount: true }),
  "POST /api/ideas/:id/status": statusInput,
  "POST /api/ideas/:id/hide": hideInput,
  "PATCH /api/ideas/:id": editIdeaInput,
  "POST /api/comments/:id/hide": hideInput,
  "POST /api/ideas/:id/merge": mergeInput,
  "POST /api/ideas/:id/report": reportInput,
  "POST /api/comments/:id/report": reportInput,
  "POST /api/people/:id/block": blockInput,
  "POST /api/notifications/read": z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional() }),
  "PUT /api/me/notices": noticePrefsInput,
  "POST /api/join": joinInput,
  "POST /api/boards/:id/session": startSessionInput,
  "POST /api/boards/:id/phase": phaseInput,
  "POST /api/boards/:id/timer": timerInput,
  "POST /api/boards/:id/spotlight": spotlightInput,
  "POST /api/boards/:id/tables": tableInput,
  "PATCH /api/boards/:id/workshop": workshopSettingsInput,
};

/** Strings that have broken servers: control and direction characters, lone surrogates, markup. */
const NASTY = [
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u200F\u200E",
  "\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "𝕼𝖚𝖊𝖗 🏘️👩‍👩‍👧",
  "<script>alert(1)</script>",
  "'; drop table ideas; --",
  '=HYPERLINK("https://evil.example")',
  "../../etc/passwd",
  "%s%n%x",
  " ",
  "",
];
const NASTY_KEYS = ["__proto__", "constructor", "prototype", "id", "role", "authorId", "pending", "boardId"];

/** Raw path segments, sent as they are (not encoded again). */
const RAW_SEGMENTS = [
  "%",
  "%%",
  "%zz",
  "%E0%A4%A",
  "%00",
  "%2F",
  "..%2F..%2F",
  "%252F",
  "%C0%AF",
  "%ED%A0%80",
  "%FF%FE",
  ".",
  "..",
  "%20",
  "a;b",
  "null",
  "undefined",
  "0",
  "-1",
  "1e400",
  "NaN",
];

const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    // A lone surrogate cannot be encoded; send its bytes' look-alike instead.
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
};

/** `arbitrary` about `percent` of the time, otherwise nothing. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant(undefined) },
    { weight: percent, arbitrary },
  );
}

/**
 * A value for one path parameter: the ids the permission table uses for it (so runs
 * get past the lookup into the route), known ids of every other kind, unknown ones, junk.
 */
export function paramArbitrary(ids: Fixtures, preferred: readonly string[] = []): fc.Arbitrary<string> {
  const usual = preferred.length > 0 ? preferred : Object.values(ids);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...usual).map(encode) },
    { weight: 3, arbitrary: fc.constantFrom(...Object.values(ids)).map(encode) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z2-7]{24}$/) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }).map(encode) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: "binary" }).map(encode) },
    {
      weight: 1,
      arbitrary: fc.string({ minLength: 1000, maxLength: 8000, unit: "grapheme-ascii" }).map(encode),
    },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...RAW_SEGMENTS), { minLength: 2, maxLength: 5 })
        .map((a) => a.join("")),
    },
    { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY).map(encode) },
  );
}

const QUERY_KEYS = [
  "first",
  "q",
  "sep",
  "action",
  "target",
  "before",
  "limit",
  "sort",
  "kind",
  "category",
  "__proto__",
];

export function queryArbitrary(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.integer({ min: -10, max: 2000 }).map(String),
    fc.string({ maxLength: 80, unit: "grapheme" }).map(encode),
    fc.constantFrom(...RAW_SEGMENTS, ";", "1.5", "1e3", " 5 ", "0x10"),
    fc.string({ minLength: 500, maxLength: 5000, unit: "grapheme-ascii" }).map(encode),
  );
  const pair = fc.tuple(
    fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 }).map(encode)),
    value,
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant("") },
    {
      weight: 5,
      arbitrary: fc
        .array(pair, { minLength: 1, maxLength: 4 })
        .map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join("&")}`),
    },
    { weight: 1, arbitrary: fc.constantFrom("?", "?&&", "?=", "?first", "?q=%", "?first=1&first=2") },
  );
}

/** A JSON value nested `depth` deep, as text: arrays, objects, or both. */
export function nested(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? "[".repeat(depth) + "]".repeat(depth)
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Changes one thing in a value of the right shape. */
function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...NASTY),
    fc.string({ minLength: 2000, maxLength: 20000, unit: "grapheme-ascii" }),
    fc.constantFrom(1e308, -1e308, -0, 2 ** 53, 0.5, -1, true, null, [], {}),
  );
  return fc
    .tuple(valid, fc.nat(), junk, fc.constantFrom(...NASTY_KEYS), fc.nat(3))
    .map(([v, at, value, key, how]) => {
      if (!v || typeof v !== "object" || Array.isArray(v)) return value;
      const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const name = keys.length > 0 ? (keys[at % keys.length] as string) : key;
      if (how === 0) delete copy[name];
      else if (how === 1) copy[name] = value;
      else if (how === 2) Object.defineProperty(copy, key, { value, enumerable: true });
      else copy[name] = [copy[name]];
      return copy;
    });
}

export interface Body {
  text?: string | Uint8Array<ArrayBuffer>;
  /** What the generator meant to send, for reading a failure. */
  kind: string;
}

/** Bodies for a route: valid-shaped ones from its schema or sample, mutations of them, and junk. */
export function bodyArbitrary(route: string, ids: Fixtures, maxBodyBytes: number): fc.Arbitrary<Body> {
  const schema = BODY_SCHEMAS[route];
  const samples = PERMISSIONS.filter(([key, , , body]) => key === route && body !== undefined).map(
    ([, , , body]) => withFixtures(body, ids),
  );
  const shaped: fc.Arbitrary<unknown>[] = [];
  if (schema) shaped.push(arbitraryOfZod(schema));
  if (samples.length > 0) shaped.push(fc.constantFrom(...samples));
  const valid = shaped.length > 0 ? fc.oneof(...shaped) : fc.constant({});
  const json = (kind: string) => (v: unknown) => ({ text: JSON.stringify(v) ?? "null", kind });
  return fc.oneof(
    { weight: 6, arbitrary: valid.map(json("valid-shaped")) },
    { weight: 6, arbitrary: mutate(valid).map(json("mutated")) },
    { weight: 1, arbitrary: fc.constant({ kind: "none" }) },
    { weight: 1, arbitrary: fc.constant({ text: "", kind: "empty" }) },
    { weight: 2, arbitrary: fc.jsonValue().map(json("any JSON")) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 200, unit: "binary" }).map((text) => ({ text, kind: "text" })),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => ({ text: new Uint8Array(a), kind: "bytes" })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat()).map(([v, cut]) => {
        const text = JSON.stringify(v) ?? "";
        return { text: text.slice(0, text.length > 0 ? cut % text.length : 0), kind: "cut short" };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 10, max: 12_000 }), fc.constantFrom("array" as const, "object" as const))
        .map(([depth, kind]) => ({ text: nested(depth, kind), kind: `nested ${depth}` })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: maxBodyBytes - 16, max: maxBodyBytes + 4096 }).map((n) => ({
        text: JSON.stringify({ title: "x".repeat(n), body: "x" }),
        kind: "around the limit",
      })),
    },
  );
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json; charset=latin1",
  "application/json-patch+json",
  "application/jsonx",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "*/*",
  "",
];

/** Headers a client controls: content type and length, cookies, keys, encodings, fetch metadata. */
export function headersArbitrary(
  cookies: Record<Role, string>,
): fc.Arbitrary<{ role: Role; headers: Record<string, string> }> {
  const name = cookies.resident.split("=")[0] ?? "quer_session";
  const cookie = fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constant(`${name}=`),
        fc.constant(`${name}=a.b`),
        fc.string({ maxLength: 60 }).map((s) => `${name}=${encode(s)}`),
        fc
          .string({ minLength: 2000, maxLength: 6000, unit: "grapheme-ascii" })
          .map((s) => `${name}=${encode(s)}`),
        fc.constant(`${name}=x; ${name}=y`),
        fc.constant(`${cookies.resident}; ${cookies.manager}`),
        fc.constant(`${cookies.manager.slice(0, -3)}abc`),
        fc.constant(`${name}=%ZZ`),
      ),
    },
  );
  return fc
    .record({
      role: fc.constantFrom(...ROLES),
      cookie,
      type: sometimes(fc.constantFrom(...CONTENT_TYPES), 20),
      length: sometimes(fc.constantFrom("0", "1", "-1", "abc", "99999999999", "1e3", "5 ", ""), 15),
      // Mostly our own origin, so runs get past the same-origin rule into the routes.
      origin: sometimes(fc.constantFrom("https://evil.example", "null", `${ORIGIN}:1`), 8),
      idempotency: sometimes(
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.string({ maxLength: 100 }).map(encode)),
        20,
      ),
      encoding: sometimes(fc.constantFrom("gzip, br", "br;q=0", "br;q=abc", "identity", "*", "x"), 25),
      locale: sometimes(fc.constantFrom("en", "ar", "xx", "%", "de-x-ls"), 20),
    })
    .map(({ role, cookie, type, length, origin, idempotency, encoding, locale }) => {
      const headers: Record<string, string> = { origin: origin ?? ORIGIN };
      const cookieHeader = [cookie ?? cookies[role], locale ? `quer_locale=${locale}` : ""]
        .filter(Boolean)
        .join("; ");
      if (cookieHeader) headers.cookie = cookieHeader;
      if (type !== undefined) headers["content-type"] = type;
      if (length !== undefined) headers["content-length"] = length;
      if (idempotency !== undefined) headers["idempotency-key"] = idempotency;
      if (encoding !== undefined) headers["accept-encoding"] = encoding;
      return { role, headers };
    });
}

/** The fixtures the permission table points a route's parameter at. */
function tableValues(route: string, param: string, ids: Fixtures): string[] {
  return PERMISSIONS.filter(([key]) => key === route).flatMap(([, where]) =>
    where
      .split(/\s+/)
      .filter((t) => t.startsWith(`${param}=`))
      .map((t) => fixture(ids, t.slice(param.length + 1))),
  );
}

export interface FuzzRequest {
  method: string;
  path: string;
  role: Role;
  headers: Record<string, string>;
  body: Body;
}

/** Whole requests for one route of the app. */
export function requestArbitrary(
  route: { method: string; path: string; key: string },
  ids: Fixtures,
  cookies: Record<Role, string>,
  maxBodyBytes: number,
): fc.Arbitrary<FuzzRequest> {
  const names = paramNames(route.path);
  const params = fc.tuple(...names.map((name) => paramArbitrary(ids, tableValues(route.key, name, ids))));
  const method =
    route.method === "GET" ? fc.constantFrom("GET", "GET", "GET", "HEAD") : fc.constant(route.method);
  const reads = route.method === "GET";
  return fc
    .record({
      method,
      values: params,
      query: queryArbitrary(),
      head: headersArbitrary(cookies),
      body: reads ? fc.constant<Body>({ kind: "none" }) : bodyArbitrary(route.key, ids, maxBodyBytes),
      // The JSON content type goes with a JSON body unless the headers chose another.
      jsonType: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
    })
    .map(({ method, values, query, head, body, jsonType }) => {
      let i = 0;
      // A wildcard takes any path: the client's files and the app's own routes.
      const path = route.path.replace(/:(\w+)|\*/g, () => values[i++] ?? "") + query;
      const headers = { ...head.headers };
      if (body.text !== undefined && jsonType && headers["content-type"] === undefined) {
        headers["content-type"] = "application/json";
      }
      return { method, path, role: head.role, headers, body };
    });
}
