import { rmSync } from "node:fs";
import { type AddressInfo, connect } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createServices, type Services } from "../../services.ts";
import { personAs, seedBoard, tempDataDir, testConfig } from "../../testing/harness.ts";

/**
 * A phone that loses its network halfway through sending a body. Nobody receives the
 * answer, but the app must not take the hang-up for a fault of its own (a 500, logged as
 * an internal error). The app's answers are recorded on their way to the socket.
 */
const answered: number[] = [];
let services: Services;
let dataDir: string;
let server: ReturnType<typeof serve>;
let port = 0;
let cookie = "";
let boardId = "";
let ideaId = "";

beforeAll(async () => {
  dataDir = tempDataDir();
  services = createServices(testConfig(dataDir));
  const app = createApp(services);
  boardId = seedBoard(services).id;
  const anna = personAs(services, app, "resident").person;
  cookie = anna.cookie;
  ideaId = (await anna.call("POST", `/api/boards/${boardId}/ideas`, { title: "Mehr Bänke" })).json.idea.id;
  server = serve({
    fetch: async (request, env) => {
      const res = await app.fetch(request, env);
      answered.push(res.status);
      return res;
    },
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sends the head and part of a body, then drops the connection; resolves once the app has answered. */
async function hangUp(method: string, path: string, framing: string, part: string): Promise<number> {
  const before = answered.length;
  const head =
    `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${services.config.publicUrl}\r\n` +
    `Cookie: ${cookie}\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`;
  const socket = connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(head + part);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
  for (let i = 0; i < 100 && answered.length === before; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(answered.length, "the app answered").toBe(before + 1);
  return answered[before] as number;
}

describe("a client that hangs up halfway through its body", () => {
  const cases = [
    [
      "POST /api/boards/:id/ideas",
      () => `/api/boards/${boardId}/ideas`,
      "Transfer-Encoding: chunked",
      '40\r\n{"title":"Mehr',
    ],
    [
      "POST /api/boards/:id/ideas",
      () => `/api/boards/${boardId}/ideas`,
      "Content-Length: 100",
      '{"title":"Mehr',
    ],
    ["PUT /api/ideas/:id/vote", () => `/api/ideas/${ideaId}/vote`, "Transfer-Encoding: chunked", "10\r\n{"],
    ["PUT /api/ideas/:id/vote", () => `/api/ideas/${ideaId}/vote`, "Content-Length: 100", "{"],
  ] as const;
  for (const [route, path, framing, part] of cases) {
    it(`${route} with ${framing}: a 4xx, not a 500`, async () => {
      const status = await hangUp(route.split(" ")[0] ?? "", path(), framing, part);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    });
  }
});
