import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, testServer } from "../testing/harness.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

/** Sends a body in chunks without declaring its length, as a hand-made client may. */
function chunked(url: string, path: string, cookie: string, parts: string[]) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method: "POST",
        headers: { origin: url, cookie, "content-type": "application/json", "transfer-encoding": "chunked" },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c.toString("utf8");
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    for (const part of parts) req.write(part);
    req.end();
  });
}

async function setup() {
  const server = await testServer({ maxBodyBytes: 2048 });
  cleanups.push(() => server.dispose());
  const anna = Person.over(server);
  await anna.register("Anna");
  const board = seedBoard(server.services);
  return { server, anna, path: `/api/boards/${board.id}/ideas` };
}

describe("request body limit", () => {
  it("refuses a declared length over the limit with 413, and stores nothing", async () => {
    const { server, anna, path } = await setup();
    const res = await anna.call("POST", path, { title: "Lang", body: "x".repeat(4096) });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("too_large");
    expect(server.services.sqlite.prepare("select count(*) as n from ideas").get()).toEqual({ n: 0 });
  });

  it("counts a chunked body as it arrives: 413 past the limit, accepted below it", async () => {
    const { server, anna, path } = await setup();
    const big = JSON.stringify({ title: "Lang", body: "x".repeat(4096) });
    const refused = await chunked(server.url, path, anna.cookie, [big.slice(0, 1000), big.slice(1000)]);
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body).error.code).toBe("too_large");
    const small = JSON.stringify({ title: "Eine Bank am Spielplatz" });
    const accepted = await chunked(server.url, path, anna.cookie, [small.slice(0, 10), small.slice(10)]);
    expect(accepted.status).toBe(201);
    expect(JSON.parse(accepted.body).idea.title).toBe("Eine Bank am Spielplatz");
  });
});
