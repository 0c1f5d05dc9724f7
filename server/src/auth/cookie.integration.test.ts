import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAs, testServer } from "../testing/harness.ts";
import { cookieName } from "./cookie.ts";

/**
 * On a real server the session cookie is read from the header Node parsed, not through
 * Hono's request: the same rules must hold there as in `app.request()` tests.
 */
describe("the session cookie on a real server", () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let token = "";
  beforeAll(async () => {
    server = await testServer();
    const cookie = personAs(server.services, { request: () => new Response() }, "resident", { name: "Rita" })
      .person.cookie;
    token = cookie.slice(cookie.indexOf("=") + 1);
  });
  afterAll(() => server.dispose());

  const me = async (cookie?: string) => {
    const res = await fetch(`${server.url}/api/me`, { headers: cookie === undefined ? {} : { cookie } });
    return ((await res.json()) as { user: { name: string } | null }).user;
  };

  it("finds the session among other cookies", async () => {
    const name = cookieName(server.services.config);
    expect(await me(`theme=dark; ${name}=${token}; lang=de`)).toMatchObject({ name: "Rita" });
  });

  it("is signed out without the cookie, with another cookie's name or with a broken value", async () => {
    const name = cookieName(server.services.config);
    expect(await me()).toBeNull();
    expect(await me(`x${name}=${token}`)).toBeNull();
    expect(await me(`${name}=%E0%A4%A`)).toBeNull();
    expect(await me(`${name}=${token.slice(0, -1)}`)).toBeNull();
  });
});
