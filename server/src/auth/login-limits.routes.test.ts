import { afterEach, describe, expect, it } from "vitest";
import { personFrom } from "../testing/addresses.ts";
import { Person, testApp } from "../testing/harness.ts";
import { LOGIN_LIMITS, LoginLimits } from "./login-limits.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

const EMAIL = "maria@example.org";
const RIGHT = "ein-gutes-passwort";

async function withAccount() {
  current = testApp();
  const { app, services } = current;
  // The account-wide slow-down has its own test; here it would only make the run long.
  services.limits.login = new LoginLimits({ ...LOGIN_LIMITS, slowdownMs: 5 });
  const res = await Person.of(app).call("POST", "/api/auth/register", {
    email: EMAIL,
    password: RIGHT,
    name: "Maria",
  });
  expect(res.status).toBe(201);
  return current;
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => {
    t[s] = (t[s] ?? 0) + 1;
    return t;
  }, {});

describe("login limits", () => {
  it("checks at most the pair limit of 100 parallel wrong passwords from one address", async () => {
    const { app } = await withAccount();
    const guesser = personFrom(app, "203.0.113.7");
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => guesser.login(EMAIL, `falsch-${i}-passwort`)),
    );
    // A 401 is only ever answered after the password was checked, a 429 before it.
    expect(tally(answers.map((a) => a.status))).toEqual({ 401: 10, 429: 90 });
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.json.error.code).toBe("rate_limited");
    expect(refused?.headers.get("retry-after")).toMatch(/^\d+$/);
    // The right password from that address is refused too: the pair is over its limit.
    expect((await guesser.login(EMAIL, RIGHT)).status).toBe(429);
  });

  it("never lets failures from other addresses refuse the right password from a fresh one", async () => {
    const { app } = await withAccount();
    const failures = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        personFrom(app, `198.51.100.${i + 1}`).login(EMAIL, `falsch-${i}`),
      ),
    );
    expect(failures.every((a) => a.status === 401)).toBe(true);
    const owner = personFrom(app, "192.0.2.44");
    const ok = await owner.login(EMAIL, RIGHT);
    expect(ok.status).toBe(200);
    expect(ok.json.user.name).toBe("Maria");
  });

  it("refuses an address that fails across many accounts, and only that address", async () => {
    const { app } = await withAccount();
    const spray = personFrom(app, "203.0.113.9");
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++)
      statuses.push((await spray.login(`niemand-${i}@example.org`, "falsch")).status);
    expect(tally(statuses)).toEqual({ 401: 50, 429: 1 });
    expect((await spray.login(EMAIL, RIGHT)).status).toBe(429);
    expect((await personFrom(app, "203.0.113.10").login(EMAIL, RIGHT)).status).toBe(200);
  });

  it("lets the right password through after a few failures, and starts the pair afresh", async () => {
    const { app } = await withAccount();
    const owner = personFrom(app, "192.0.2.8");
    for (let i = 0; i < 9; i++) expect((await owner.login(EMAIL, `vertippt-${i}`)).status).toBe(401);
    expect((await owner.login(EMAIL, RIGHT)).status).toBe(200);
    // Had the success not reset the pair, the second of these would already be refused.
    for (let i = 0; i < 10; i++) expect((await owner.login(EMAIL, `wieder-${i}`)).status).toBe(401);
    expect((await owner.login(EMAIL, RIGHT)).status).toBe(429);
  });

  it("does not count a body that is not even a login", async () => {
    const { app } = await withAccount();
    const p = personFrom(app, "192.0.2.9");
    for (let i = 0; i < 12; i++)
      expect((await p.call("POST", "/api/auth/login", { email: EMAIL })).status).toBe(400);
    expect((await p.login(EMAIL, RIGHT)).status).toBe(200);
  });
});
