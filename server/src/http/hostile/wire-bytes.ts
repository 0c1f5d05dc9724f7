import { connect } from "node:net";
import fc from "fast-check";
import { paramArbitrary } from "./fuzz-inputs.ts";
import type { AppRoute } from "./probe.ts";
import { type Fixtures, ORIGIN, type Role } from "./world.ts";

/**
 * Sends bytes and reads what comes back. Once the server has gone quiet, our side closes
 * (so a request waiting for more body ends), then whatever the server still says is read
 * until it closes or a second has passed.
 */
export function exchange(port: number, raw: string): Promise<string> {
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
export function rawRequest(
  routes: readonly AppRoute[],
  ids: Fixtures,
  cookies: Record<Role, string>,
  port: number,
): fc.Arbitrary<string> {
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
  const routePath = fc.constantFrom(...routes).chain((route) =>
    fc.tuple(...(route.path.match(/:(\w+)|\*/g)?.map(() => paramArbitrary(ids)) ?? [])).map((values) => {
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
  const cookie = fc.constantFrom("", ...Object.values(cookies).filter(Boolean));
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
      if (host) lines.push(`Host: 127.0.0.1:${port}`);
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
