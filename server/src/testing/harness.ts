import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { users } from "@quer/db";
import type { CreateBoardInput } from "@quer/shared";
import { createApp } from "../app.ts";
import { cookieName } from "../auth/cookie.ts";
import { LoginLimits } from "../auth/login-limits.ts";
import { boardView } from "../boards/repo.ts";
import { createBoard } from "../boards/service.ts";
import { createManager } from "../cli/create-manager.ts";
import { type Config, loadConfig } from "../config.ts";
import { RateLimiter } from "../http/rate-limit.ts";
import { newId } from "../ids.ts";
import { type RunningServer, startServer } from "../server.ts";
import { createServices, type ServiceSeams, type Services } from "../services.ts";
import { JoinLimits } from "../workshops/join-limits.ts";

export const TEST_ORIGIN = "http://quer.test";

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "quer-test-"));
}

export function testConfig(dataDir: string, overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ DATA_DIR: dataDir, PORT: "0", PUBLIC_URL: TEST_ORIGIN, QUER_LOG: "silent" }),
    ...overrides,
  };
}

/**
 * Log lines written to memory, for `seams.logDestination`: a test starts a server with
 * `logLevel` set and reads what it logged (by default tests log nothing).
 */
export function logLines(): { destination: { write(line: string): void }; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line) => void lines.push(JSON.parse(line)) } };
}

/** A board made directly in the database (default: the open board a first start creates). */
export function seedBoard(services: Services, input: Partial<CreateBoardInput> = {}) {
  return boardView(createBoard(services.db, { title: "Ideen für unser Viertel", ...input }, null), 0);
}

/** An app for `app.request()` route tests, on its own database in a temp folder. */
export function testApp(
  overrides: Partial<Config> = {},
  opts: { realLimits?: boolean; seams?: ServiceSeams } = {},
) {
  const dir = tempDataDir();
  const services = createServices(testConfig(dir, overrides), opts.seams);
  if (!opts.realLimits) relaxSignupLimit(services);
  const app = createApp(services);
  return {
    app,
    services,
    async dispose() {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Tests sign up many people from one address; only the tests of the limit itself keep
 * the real one.
 */
export function relaxSignupLimit(services: Services): void {
  services.limits.registerPerAddress = new RateLimiter(100_000, 60_000);
}

/**
 * Every limit out of the way, for fuzzing: runs reach past the limits into the routes
 * (the limits have tests of their own).
 */
export function widenAllLimits(services: Services): void {
  const wide = () => new RateLimiter(1e9, 60_000);
  relaxSignupLimit(services);
  services.limits.writesPerPerson = wide();
  services.limits.searchesPerPerson = wide();
  services.limits.feedbackPerAddress = wide();
  services.limits.feedbackPerPerson = wide();
  services.limits.login = new LoginLimits({
    perAddress: 1e9,
    perPair: 1e9,
    accountSlowAfter: 1e9,
    slowdownMs: 0,
    windowMs: 60_000,
  });
  services.limits.join = new JoinLimits({
    wrongPerAddress: 1e9,
    windowMs: 60_000,
    delayMs: 0,
    maxSlowedPerAddress: 1e9,
  });
}

/** A real server on a free port (PUBLIC_URL follows it), on its own database. */
export async function testServer(
  overrides: Partial<Config> = {},
  dataDir = tempDataDir(),
  seams: ServiceSeams = {},
): Promise<RunningServer & { dataDir: string; dispose(): Promise<void> }> {
  const server = await startServer(testConfig(dataDir, { publicUrl: "", ...overrides }), {
    publicUrlFollowsPort: overrides.publicUrl === undefined,
    seams,
  });
  relaxSignupLimit(server.services);
  return {
    ...server,
    dataDir,
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Tests read answers field by field and assert on them; a loose type keeps that terse.
// biome-ignore lint/suspicious/noExplicitAny: test-only JSON answers
type Json = any;
export interface Answer {
  status: number;
  json: Json;
  headers: Headers;
}

/** A tiny cookie-keeping client for one person, speaking to a real server or an app. */
export class Person {
  cookie = "";
  constructor(
    private readonly fetcher: (path: string, init: RequestInit) => Promise<Response> | Response,
    private readonly origin: string,
  ) {}

  static over(server: { url: string }): Person {
    return new Person((path, init) => fetch(server.url + path, init), server.url);
  }

  static of(app: { request: (path: string, init: RequestInit) => Promise<Response> | Response }): Person {
    return new Person((path, init) => app.request(path, init), TEST_ORIGIN);
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { origin: this.origin };
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await this.fetcher(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  }

  async register(
    name: string,
    email = `${name.toLowerCase().replace(/\W/g, "")}-${Math.random().toString(36).slice(2)}@example.org`,
  ) {
    const res = await this.call("POST", "/api/auth/register", {
      email,
      password: "ein-gutes-passwort",
      name,
    });
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json.user as { id: string; name: string; role: string };
  }

  async login(email: string, password: string) {
    return this.call("POST", "/api/auth/login", { email, password });
  }
}

/** Creates a manager in the database and signs them in as a Person. */
export async function signedInManager(
  services: Services,
  person: Person,
  name = "Maria Manager",
): Promise<Person> {
  const email = `manager-${Math.random().toString(36).slice(2)}@example.org`;
  const result = await createManager(services.db, { email, name, password: "manager-passwort" });
  if (!result.ok) throw new Error(result.message);
  const res = await person.login(email, "manager-passwort");
  if (res.status !== 200) throw new Error(`manager login failed: ${res.status}`);
  return person;
}

/**
 * A person of any standing made straight in the database with a session: for
 * authorization matrices that need guests and blocked people too.
 */
export function personAs(
  services: Services,
  app: { request: (path: string, init: RequestInit) => Promise<Response> | Response },
  role: "resident" | "manager" | "guest" | "blocked",
  opts: { name?: string; guestBoardId?: string } = {},
): { id: string; person: Person } {
  const id = newId();
  services.db
    .insert(users)
    .values({
      id,
      email: role === "guest" ? null : `${id}@example.org`,
      name: opts.name ?? `${role} ${id.slice(0, 4)}`,
      role: role === "blocked" ? "resident" : role,
      guestBoardId: role === "guest" ? (opts.guestBoardId ?? null) : null,
      blockedAt: role === "blocked" ? Date.now() : null,
      createdAt: Date.now(),
    })
    .run();
  const person = Person.of(app);
  person.cookie = `${cookieName(services.config)}=${services.sessions.create(id).token}`;
  return { id, person };
}
