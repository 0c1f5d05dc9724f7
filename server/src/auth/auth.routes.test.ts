import { afterEach, describe, expect, it } from "vitest";
import { Person, TEST_ORIGIN, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
function setup() {
  current = testApp();
  return current;
}
afterEach(() => current?.dispose());

describe("POST /api/auth/register", () => {
  it("creates a resident, sets an HttpOnly SameSite=Lax cookie and signs them in", async () => {
    const { app } = setup();
    const anna = Person.of(app);
    const res = await anna.call("POST", "/api/auth/register", {
      email: "Anna@Example.org",
      password: "ein-gutes-passwort",
      name: "Anna",
    });
    expect(res.status).toBe(201);
    expect(res.json.user).toMatchObject({ name: "Anna", role: "resident" });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^quer_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await anna.call("GET", "/api/me");
    expect(me.json.user).toEqual(res.json.user);
  });

  it("uses a Secure __Host- cookie when PUBLIC_URL is https", async () => {
    current = testApp({ publicUrl: "https://quer.test", secure: true });
    const { app } = current;
    const res = await app.request("/api/auth/register", {
      method: "POST",
      headers: { origin: "https://quer.test", "content-type": "application/json" },
      body: JSON.stringify({ email: "b@example.org", password: "ein-gutes-passwort", name: "B" }),
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-quer_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
  });

  it("stores only a hash of the session secret", async () => {
    const { app, services } = setup();
    const anna = Person.of(app);
    await anna.register("Anna");
    const token = decodeURIComponent(anna.cookie.split("=")[1] ?? "");
    const [id, secret] = token.split(".");
    const row = services.sqlite.prepare("select * from sessions where id = ?").get(id) as Record<
      string,
      unknown
    >;
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect((row.secret_hash as Buffer).byteLength).toBe(32);
  });

  it("answers 400 with per-field issues for bad input, and 409 for a taken address", async () => {
    const { app } = setup();
    const p = Person.of(app);
    const bad = await p.call("POST", "/api/auth/register", { email: "nope", password: "kurz", name: "" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("invalid");
    const fields = bad.json.error.issues.map((i: { path: string[] }) => i.path[0]).sort();
    expect(fields).toEqual(["email", "name", "password"]);
    await p.call("POST", "/api/auth/register", {
      email: "x@example.org",
      password: "ein-gutes-passwort",
      name: "X",
    });
    const again = await Person.of(app).call("POST", "/api/auth/register", {
      email: "X@example.org",
      password: "noch-ein-passwort",
      name: "Y",
    });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("conflict");
  });

  it("refuses a role smuggled into the body", async () => {
    const { app } = setup();
    const res = await Person.of(app).call("POST", "/api/auth/register", {
      email: "m@example.org",
      password: "ein-gutes-passwort",
      name: "M",
      role: "manager",
    });
    expect(res.status).toBe(400);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const { app } = setup();
    const res = await app.request("/api/auth/register", {
      method: "POST",
      headers: { origin: TEST_ORIGIN, "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid");
  });

  it("rate-limits new accounts per client address", async () => {
    current = testApp({}, { realLimits: true });
    const { app } = current;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await Person.of(app).call("POST", "/api/auth/register", {
        email: `p${i}@example.org`,
        password: "ein-gutes-passwort",
        name: `P${i}`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("counts a refused sign-up against the limit too: the limit comes before the body", async () => {
    current = testApp({}, { realLimits: true });
    const { app } = current;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await Person.of(app).call("POST", "/api/auth/register", { email: "kaputt" })).status);
    }
    expect(statuses.every((s) => s === 400)).toBe(true);
    const after = await Person.of(app).call("POST", "/api/auth/register", {
      email: "neu@example.org",
      password: "ein-gutes-passwort",
      name: "Neu",
    });
    expect(after.status).toBe(429);
  });
});

describe("POST /api/auth/login", () => {
  it("signs in with the right password and refuses a wrong one with 401", async () => {
    const { app } = setup();
    await Person.of(app).call("POST", "/api/auth/register", {
      email: "anna@example.org",
      password: "ein-gutes-passwort",
      name: "Anna",
    });
    const p = Person.of(app);
    const wrong = await p.login("anna@example.org", "falsches-passwort");
    expect(wrong.status).toBe(401);
    expect(wrong.json.error.code).toBe("unauthenticated");
    const unknown = await p.login("nobody@example.org", "ein-gutes-passwort");
    expect(unknown.status).toBe(401);
    expect(unknown.json.error.message).toBe(wrong.json.error.message);
    const ok = await p.login("ANNA@example.org", "ein-gutes-passwort");
    expect(ok.status).toBe(200);
    expect(ok.json.user.name).toBe("Anna");
    expect((await p.call("GET", "/api/me")).json.user.name).toBe("Anna");
  });

  it("refuses an account from an address after ten failures there, even the right password, and not others", async () => {
    const { app } = setup();
    for (const email of ["a@example.org", "b@example.org"]) {
      await Person.of(app).call("POST", "/api/auth/register", {
        email,
        password: "ein-gutes-passwort",
        name: "A",
      });
    }
    const p = Person.of(app);
    for (let i = 0; i < 10; i++)
      expect((await p.login("a@example.org", `falsch-${i}-passwort`)).status).toBe(401);
    const locked = await p.login("a@example.org", "ein-gutes-passwort");
    expect(locked.status).toBe(429);
    expect(locked.json.error.code).toBe("rate_limited");
    expect((await p.login("b@example.org", "ein-gutes-passwort")).status).toBe(200);
  });

  it("answers 400 for missing fields", async () => {
    const { app } = setup();
    const res = await Person.of(app).call("POST", "/api/auth/login", { email: "a@example.org" });
    expect(res.status).toBe(400);
  });
});

describe("POST /api/auth/logout and GET /api/me", () => {
  it("ends the session: the old cookie no longer works", async () => {
    const { app } = setup();
    const anna = Person.of(app);
    await anna.register("Anna");
    const cookie = anna.cookie;
    const out = await anna.call("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    const replay = await app.request("/api/me", { headers: { cookie } });
    expect((await replay.json()).user).toBeNull();
  });

  it("answers 401 to logout without a session and {user:null} to /me", async () => {
    const { app } = setup();
    const p = Person.of(app);
    expect((await p.call("POST", "/api/auth/logout")).status).toBe(401);
    expect((await p.call("GET", "/api/me")).json).toEqual({ user: null });
  });

  it("ignores forged and malformed session cookies", async () => {
    const { app } = setup();
    const anna = Person.of(app);
    await anna.register("Anna");
    const [id] = decodeURIComponent(anna.cookie.split("=")[1] ?? "").split(".");
    for (const token of [`${id}.forgedsecretforgedsecretforged`, "garbage", `${id}`, ".x"]) {
      const res = await app.request("/api/me", { headers: { cookie: `quer_session=${token}` } });
      expect((await res.json()).user).toBeNull();
    }
  });
});
