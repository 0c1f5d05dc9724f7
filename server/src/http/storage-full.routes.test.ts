import { afterEach, expect, test } from "vitest";
import { type Answer, Person, testApp } from "../testing/harness.ts";
import { refusalsDe } from "./refusal-messages.de.ts";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

test("a write that finds the database full is a 503 unavailable, and works again once there is room", async () => {
  const { app, services, dispose: d } = testApp();
  dispose = d;
  const person = Person.of(app);
  await person.register("Erste");
  // SQLite answers SQLITE_FULL once the file may not grow, as on a full disk.
  const pages = services.sqlite.pragma("page_count", { simple: true }) as number;
  services.sqlite.pragma(`max_page_count = ${pages}`);
  let refused: Answer | undefined;
  for (let i = 0; i < 500 && !refused; i++) {
    const res = await Person.of(app).call("POST", "/api/auth/register", {
      email: `person-${i}-${"x".repeat(40)}@example.org`,
      password: "ein-gutes-passwort",
      name: `Person ${i} ${"y".repeat(30)}`,
    });
    if (res.status !== 201) refused = res;
  }
  expect(refused?.status).toBe(503);
  expect(refused?.json.error).toEqual({ code: "unavailable", message: refusalsDe.storageFull });

  services.sqlite.pragma("max_page_count = 1073741823");
  expect(
    (
      await Person.of(app).call("POST", "/api/auth/register", {
        email: "danach@example.org",
        password: "ein-gutes-passwort",
        name: "Danach",
      })
    ).status,
  ).toBe(201);
});
