import { rmSync } from "node:fs";
import { type AddressInfo, connect } from "node:net";
import { serve } from "@hono/node-server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createServices, type Services } from "../../services.ts";
import { testConfig } from "../../testing/harness.ts";
import { RateLimiter } from "../rate-limit.ts";
import { type FuzzRequest, paramArbitrary, requestArbitrary } from "./fuzz-inputs.ts";
import { errorBodyProblem, listRoutes } from "./probe.ts";
import { buildTemplate, forkDir, ORIGIN, type Template } from "./world.ts";

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
  const wide = () => new RateLimiter(1e9, 60_000);
  Object.assign(services.limits, {
    writesPerPerson: wide(),
    loginPerAccount: wide(),
    loginPerAddress: wide(),
    joinPerAddress: wide(),
  });
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
        fc.asyncProperty(rawRequest(), async (raw) => {
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

/**
 * Sends bytes and reads what comes back. Once the server has gone quiet, our side closes
 * (so a request waiting for more body ends), then whatever the server still says is read
 * until it closes or a second has passed.
 */
function exchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    let timer: NodeJS.Timeout;
    let ended = false;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const quiet = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (ended) return done();
        ended = true;
        socket.end();
        quiet(1000);
      }, ms);
    };
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      if (!ended) quiet(200);
    });
    socket.on("close", done);
    socket.on("error", done);
    socket.write(Buffer.from(raw, "latin1"));
    quiet(1000);
  });
}

/** One raw HTTP/1.1 exchange's request bytes (latin1: each character is one byte). */
function rawRequest(): fc.Arbitrary<string> {
  const utf8AsLatin1 = (s: string) => Buffer.from(s, "utf8").toString("latin1");
  const method = fc.constantFrom(
    "GET",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "HEAD",
    "OPTIONS",
    "TRACE",
    "CONNECT",
    "FOO",
    "get",
    "G ET",
  );
  const routePath = fc.constantFrom(...ROUTES).chain((route) =>
    fc
      .tuple(...(route.path.match(/:(\w+)|\*/g)?.map(() => paramArbitrary(template.ids)) ?? []))
      .map((values) => {
        let i = 0;
        return route.path.replace(/:(\w+)|\*/g, () => values[i++] ?? "");
      }),
  );
  const target = fc.oneof(
    { weight: 5, arbitrary: routePath },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        "*",
        "http://evil.example/api/boards",
        "//api/health",
        "/api/../api/health",
        "/api/%",
        "/api/%zz/../health",
        "/boards/%E0%A4%A",
        "/api/health#x",
        "api/health",
        "/%00",
        "/..%2F..%2Fetc%2Fpasswd",
        "/api/boards?first=%",
      ),
    },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }).map((s) => `/${utf8AsLatin1(s)}`),
    },
  );
  const version = fc.constantFrom(
    "HTTP/1.1",
    "HTTP/1.1",
    "HTTP/1.1",
    "HTTP/1.0",
    "HTTP/2.0",
    "HTTP/1.1x",
    "",
  );
  const body = fc.oneof(
    fc.constant(""),
    fc.constant('{"title":"Mehr Bänke am Platz"}'),
    fc.jsonValue().map((v) => utf8AsLatin1(JSON.stringify(v))),
    fc.string({ maxLength: 200, unit: "binary" }).map(utf8AsLatin1),
  );
  const cookie = fc.constantFrom("", ...Object.values(template.cookies).filter(Boolean));
  const framing = fc.constantFrom(
    "exact",
    "shorter",
    "longer",
    "negative",
    "junk",
    "twice, differing",
    "chunked",
    "chunked, broken",
    "chunked and a length",
    "none",
  );
  const extra = fc.constantFrom(
    "",
    "X-Broken\r\n",
    "X-Space : 1\r\n",
    "X-Fold: a\r\n b\r\n",
    `X-Huge: ${"a".repeat(20_000)}\r\n`,
    "X-Nul: a\u0000b\r\n",
    "X-Bytes: \u00ff\u00fe\r\n",
    "Host: other.example\r\n",
    "Expect: 100-continue\r\n",
    "Content-Type: text/plain\r\n",
    "Connection: keep-alive\r\n",
  );
  return fc
    .record({ method, target, version, body, cookie, framing, extra, host: fc.boolean() })
    .map(({ method, target, version, body, cookie, framing, extra, host }) => {
      const bytes = Buffer.byteLength(body, "latin1");
      const lines = [`${method} ${target} ${version}`.trimEnd()];
      if (host) lines.push(`Host: 127.0.0.1:${server.port}`);
      lines.push(`Origin: ${ORIGIN}`, "Content-Type: application/json");
      // The server closes after its answer, so the exchange need not wait for quiet.
      if (!extra.startsWith("Connection:")) lines.push("Connection: close");
      if (cookie) lines.push(`Cookie: ${cookie}`);
      let payload = body;
      switch (framing) {
        case "exact":
          lines.push(`Content-Length: ${bytes}`);
          break;
        case "shorter":
          lines.push(`Content-Length: ${Math.max(0, bytes - 3)}`);
          break;
        case "longer":
          lines.push(`Content-Length: ${bytes + 10}`);
          break;
        case "negative":
          lines.push("Content-Length: -5");
          break;
        case "junk":
          lines.push("Content-Length: 1e3");
          break;
        case "twice, differing":
          lines.push(`Content-Length: ${bytes}`, `Content-Length: ${bytes + 1}`);
          break;
        case "chunked":
          lines.push("Transfer-Encoding: chunked");
          payload = `${bytes.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
          break;
        case "chunked, broken":
          lines.push("Transfer-Encoding: chunked");
          payload = `zz\r\n${body}\r\n`;
          break;
        case "chunked and a length":
          lines.push("Transfer-Encoding: chunked", `Content-Length: ${bytes}`);
          payload = `${bytes.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
          break;
      }
      return `${lines.join("\r\n")}\r\n${extra}\r\n${payload}`;
    });
}
