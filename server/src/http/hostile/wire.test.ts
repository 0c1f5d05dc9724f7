import { rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createServices, type Services } from "../../services.ts";
import { testConfig, widenAllLimits } from "../../testing/harness.ts";
import { type FuzzRequest, requestArbitrary } from "./fuzz-inputs.ts";
import { errorBodyProblem, listRoutes } from "./probe.ts";
import { exchange, rawRequest } from "./wire-bytes.ts";
import { buildTemplate, forkDir, type Template } from "./world.ts";

/**
 * What only a real socket shows: Node's HTTP parser and the adapter between it and the
 * app. The same fuzzed requests as `fuzz.test.ts` over fetch, and hand-made bytes with
 * wrong lengths, broken framing and odd request lines. No 5xx, neither on the wire nor
 * among the app's answers that no one received; the server keeps answering /api/health.
 */
const RUNS = Number(process.env.QUER_FUZZ_RUNS) || 40;
const SEED = process.env.QUER_FUZZ_SEED ? Number(process.env.QUER_FUZZ_SEED) : undefined;
/** A big run takes its time: a request that waits for a body never sent costs a second. */
const TIMEOUT = 30_000 + RUNS * 1000;

let template: Template;
let server: { url: string; port: number; services: Services; close(): Promise<void> };
let inputs = 0;
/**
 * Every answer of the app, recorded on its way to the socket: a 5xx that nobody
 * receives (the client has hung up) is still a 5xx.
 */
const appAnswers: number[] = [];

beforeAll(async () => {
  template = await buildTemplate();
  const { dataDir, clientDir } = forkDir(template);
  const services = createServices(testConfig(dataDir, { clientDir }));
  widenAllLimits(services);
  const app = createApp(services);
  const http = serve({
    fetch: async (request, env) => {
      const res = await app.fetch(request, env);
      appAnswers.push(res.status);
      return res;
    },
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise((resolve) => http.once("listening", resolve));
  const port = (http.address() as AddressInfo).port;
  server = {
    url: `http://127.0.0.1:${port}`,
    port,
    services,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        (http as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }).then(() => {
        services.close();
        rmSync(dataDir, { recursive: true, force: true });
      }),
  };
});
afterAll(async () => {
  await server?.close();
  template?.dispose();
  console.log(`fuzzed inputs (over a socket): ${inputs}`);
});

let seen = 0;

/**
 * The 5xx among the app's answers since the last look. A request cut off by its client
 * is answered a moment after the exchange ends, so the look waits that moment first.
 */
async function new5xx(): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const fresh = appAnswers.slice(seen);
  seen = appAnswers.length;
  return fresh.filter((s) => s >= 500);
}

async function healthy(): Promise<void> {
  const res = await fetch(`${server.url}/api/health`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
}

const ROUTES = listRoutes();

describe("fuzzing over a real socket", () => {
  it(
    "answers fuzzed requests to every route over fetch without a 5xx",
    async () => {
      const any = fc
        .constantFrom(...ROUTES)
        .chain((route) =>
          requestArbitrary(route, template.ids, template.cookies, server.services.config.maxBodyBytes),
        );
      await fc.assert(
        fc.asyncProperty(any, async (r: FuzzRequest) => {
          const headers = { ...r.headers };
          // fetch sets the length itself; wrong lengths go over the raw socket below.
          delete headers["content-length"];
          const res = await fetch(server.url + r.path, { method: r.method, headers, body: r.body.text });
          const text = await res.text();
          inputs++;
          const what = `${r.method} ${r.path.slice(0, 200)} as ${r.role} [${r.body.kind}]`;
          expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400 && r.path.startsWith("/api/") && r.method !== "HEAD") {
            expect(errorBodyProblem({ status: res.status, type: "", text }), what).toBeNull();
          }
        }),
        { numRuns: RUNS * 5, seed: SEED },
      );
      expect(await new5xx()).toEqual([]);
      await healthy();
    },
    TIMEOUT,
  );

  it(
    "answers hand-made bytes (wrong lengths, broken framing, odd request lines) without a 5xx",
    async () => {
      await fc.assert(
        fc.asyncProperty(rawRequest(ROUTES, template.ids, template.cookies, server.port), async (raw) => {
          const answer = await exchange(server.port, raw);
          inputs++;
          const statuses = [...answer.matchAll(/^HTTP\/1\.[01] (\d{3})/gm)].map((m) => Number(m[1]));
          const what = `${JSON.stringify(raw.slice(0, 400))} → ${answer.slice(0, 300)}`;
          for (const status of statuses) expect(status, what).toBeLessThan(500);
          expect(await new5xx(), `the app's answers to ${what}`).toEqual([]);
          await healthy();
        }),
        { numRuns: RUNS * 3, seed: SEED },
      );
    },
    TIMEOUT,
  );
});
