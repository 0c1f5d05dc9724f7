import { afterAll, describe, expect, it } from "vitest";
import { personAs, seedBoard, TEST_ORIGIN, testApp } from "../testing/harness.ts";

/** The validators in front of the routes answer like the routes: 400 `invalid`, never a 5xx. */
describe("route validators", () => {
  const quer = testApp();
  afterAll(() => quer.dispose());

  const send = (body: string, type = "application/json") =>
    quer.app.request("/api/ideas/some-idea/vote", {
      method: "PUT",
      headers: { origin: TEST_ORIGIN, "content-type": type },
      body,
    });

  it("refuses a body that does not parse as JSON with 400 invalid", async () => {
    const res = await send('{"dots": 1');
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({
      code: "invalid",
      message: "Der Inhalt ist kein gültiges JSON.",
    });
  });

  it("refuses a body of the wrong shape with the field at fault", async () => {
    const res = await send(JSON.stringify({ dots: "viele" }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid");
    expect(error.issues[0].path).toEqual(["dots"]);
  });

  it("refuses a body that is not declared as JSON", async () => {
    const res = await send("dots=1", "application/x-www-form-urlencoded");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe("Erwartet wird JSON (Content-Type: application/json).");
  });
});

/** A body that may be left out may be left out however the client declares it. */
describe("an optional body", () => {
  const quer = testApp();
  afterAll(() => quer.dispose());

  const start = async (headers: Record<string, string>, body?: string) => {
    const board = seedBoard(quer.services, { mode: "workshop" });
    const manager = personAs(quer.services, quer.app, "manager").person.cookie;
    return quer.app.request(`/api/boards/${board.id}/session`, {
      method: "POST",
      headers: { origin: TEST_ORIGIN, cookie: manager, ...headers },
      body,
    });
  };

  it("is absent when declared as JSON with no content at all", async () => {
    const res = await start({ "content-type": "application/json" });
    expect(res.status).toBe(201);
    expect((await res.json()).code).toMatch(/^[A-Z0-9]{6}$/);
  });

  it("is absent when declared as JSON with an empty or blank body", async () => {
    expect((await start({ "content-type": "application/json", "content-length": "0" }, "")).status).toBe(201);
    expect((await start({ "content-type": "application/json" }, "  \n")).status).toBe(201);
  });

  it("is still checked when it is there", async () => {
    const res = await start({ "content-type": "application/json" }, '{"retentionDays": "ewig"}');
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toEqual(["retentionDays"]);
  });
});
