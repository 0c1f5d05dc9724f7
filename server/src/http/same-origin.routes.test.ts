import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, TEST_ORIGIN, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

const bodies = {
  json: { type: "application/json", body: JSON.stringify({ title: "Mehr Bänke am Platz" }) },
  form: { type: "application/x-www-form-urlencoded", body: "title=Mehr+B%C3%A4nke" },
  text: { type: "text/plain", body: '{"title":"Mehr Bänke am Platz"}' },
};

const origins: Record<string, Record<string, string>> = {
  evil: { origin: "https://evil.example" },
  null: { origin: "null" },
  "missing (cross-site fetch)": { "sec-fetch-site": "cross-site" },
  "missing (no fetch metadata)": {},
  "same host, other port": { origin: "http://quer.test:8080" },
};

describe("same-origin rule for mutations", () => {
  for (const [originName, originHeaders] of Object.entries(origins)) {
    for (const [bodyName, { type, body }] of Object.entries(bodies)) {
      it(`refuses ${originName} Origin with a ${bodyName} body, and changes nothing`, async () => {
        current = testApp();
        const { app, services } = current;
        const anna = Person.of(app);
        await anna.register("Anna");
        const boardId = seedBoard(current.services).id;
        const res = await app.request(`/api/boards/${boardId}/ideas`, {
          method: "POST",
          headers: { cookie: anna.cookie, "content-type": type, ...originHeaders },
          body,
        });
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe("forbidden");
        expect(services.sqlite.prepare("select count(*) as n from ideas").get()).toEqual({ n: 0 });
      });
    }
  }

  it("accepts the right Origin, and same-origin fetch metadata without Origin", async () => {
    current = testApp();
    const { app } = current;
    const anna = Person.of(app);
    await anna.register("Anna");
    const boardId = seedBoard(current.services).id;
    const variants: Record<string, string>[] = [{ origin: TEST_ORIGIN }, { "sec-fetch-site": "same-origin" }];
    for (const headers of variants) {
      const res = await app.request(`/api/boards/${boardId}/ideas`, {
        method: "POST",
        headers: { cookie: anna.cookie, "content-type": "application/json", ...headers },
        body: JSON.stringify({ title: "Mehr Bänke am Platz" }),
      });
      expect(res.status).toBe(201);
    }
  });

  it("applies to logout and login too", async () => {
    current = testApp();
    const { app } = current;
    const anna = Person.of(app);
    await anna.register("Anna");
    const logout = await app.request("/api/auth/logout", {
      method: "POST",
      headers: { cookie: anna.cookie, origin: "https://evil.example" },
    });
    expect(logout.status).toBe(403);
    expect((await anna.call("GET", "/api/me")).json.user?.name).toBe("Anna");
    const login = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email: "a@example.org", password: "x" }),
    });
    expect(login.status).toBe(403);
  });

  it("lets reads through from anywhere", async () => {
    current = testApp();
    const res = await current.app.request("/api/boards", { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(200);
  });
});

describe("limits and unknown routes", () => {
  it("answers 413 for a body over the limit", async () => {
    current = testApp({ maxBodyBytes: 2048 });
    const { app } = current;
    const anna = Person.of(app);
    await anna.register("Anna");
    const boardId = seedBoard(current.services).id;
    const res = await anna.call("POST", `/api/boards/${boardId}/ideas`, {
      title: "Lang",
      body: "x".repeat(4096),
    });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("too_large");
  });

  it("answers JSON 404 for an unknown API route and 200 for health", async () => {
    current = testApp();
    const missing = await current.app.request("/api/nothing-here");
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
    const health = await current.app.request("/api/health");
    expect(await health.json()).toEqual({ ok: true });
  });

  it("names the address to use when the page was opened at another one, in the reader's language", async () => {
    current = testApp();
    const { app } = current;
    const signIn = (cookie: string) =>
      app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://127.0.0.1:3000", cookie },
        body: JSON.stringify({ email: "maria@example.org", password: "ein-langes-passwort" }),
      });
    const res = await signIn("");
    expect(res.status).toBe(403);
    expect((await res.json()).error).toEqual({
      code: "forbidden",
      message: `Öffne Quer unter ${TEST_ORIGIN} – unter dieser Adresse gehen Anmelden und Ändern nicht.`,
      publicUrl: TEST_ORIGIN,
    });
    const english = await (await signIn("quer_locale=en")).json();
    expect(english.error.message).toBe(
      `Open Quer at ${TEST_ORIGIN} – signing in and making changes do not work at this address.`,
    );
    // Without an Origin there is no page at another address to point away from.
    const bare = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      body: "{}",
    });
    expect((await bare.json()).error.publicUrl).toBeUndefined();
    // Pages learn the address to compare their own with.
    expect(await (await app.request("/api/site")).json()).toEqual({ publicUrl: TEST_ORIGIN });
  });
});
