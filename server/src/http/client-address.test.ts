import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { JOIN_LIMITS, JoinLimits } from "../workshops/join-limits.ts";
import { addressFrom, clientAddressOfRequest } from "./client-address.ts";

const behindProxy = { trustProxy: ["127.0.0.1", "::1"] };
const direct = { trustProxy: [] };

describe("addressFrom", () => {
  it("ignores X-Forwarded-For unless the peer is a trusted proxy", () => {
    expect(addressFrom("203.0.113.9", "198.51.100.1", direct)).toBe("203.0.113.9");
    expect(addressFrom("203.0.113.9", "198.51.100.1", behindProxy)).toBe("203.0.113.9");
    expect(addressFrom("127.0.0.1", undefined, behindProxy)).toBe("127.0.0.1");
  });

  it("takes the right-most address the proxy appended, not what the client put in front", () => {
    expect(addressFrom("127.0.0.1", "198.51.100.1", behindProxy)).toBe("198.51.100.1");
    expect(addressFrom("127.0.0.1", "10.9.9.9, 1.2.3.4,198.51.100.1", behindProxy)).toBe("198.51.100.1");
    expect(addressFrom("::1", "2001:db8::7", behindProxy)).toBe("2001:db8::7");
  });

  it("walks past a chain of trusted proxies", () => {
    const chain = { trustProxy: ["127.0.0.1", "10.0.0.2"] };
    expect(addressFrom("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", chain)).toBe("198.51.100.1");
  });

  it("reads IPv4-mapped IPv6 and ports as the plain address", () => {
    expect(addressFrom("::ffff:127.0.0.1", "::FFFF:198.51.100.1", behindProxy)).toBe("198.51.100.1");
    expect(addressFrom("::ffff:203.0.113.9", undefined, direct)).toBe("203.0.113.9");
    expect(addressFrom("127.0.0.1", "198.51.100.1:51234", behindProxy)).toBe("198.51.100.1");
    expect(addressFrom("127.0.0.1", "[2001:db8::7]:443", behindProxy)).toBe("2001:db8::7");
  });

  it("keeps the proxy's address when what it appended is not an address", () => {
    expect(addressFrom("127.0.0.1", "198.51.100.1, unknown", behindProxy)).toBe("127.0.0.1");
    expect(addressFrom("127.0.0.1", "", behindProxy)).toBe("127.0.0.1");
    expect(addressFrom(undefined, "198.51.100.1", behindProxy)).toBe("unknown");
  });
});

describe("TRUST_PROXY", () => {
  it("is read as a list of addresses, and refuses anything else", () => {
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, ::1,::ffff:10.0.0.1" }).trustProxy).toEqual([
      "127.0.0.1",
      "::1",
      "10.0.0.1",
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(() => loadConfig({ TRUST_PROXY: "proxy.example.org" })).toThrow(/TRUST_PROXY/);
  });
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

describe("clientAddressOfRequest", () => {
  it("reads a Node request's peer and header the same way", async () => {
    const seen: string[] = [];
    const server = createServer((req: IncomingMessage, res) => {
      seen.push(clientAddressOfRequest(req, behindProxy), clientAddressOfRequest(req, direct));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "1.2.3.4, 198.51.100.1" } });
    expect(seen).toEqual(["198.51.100.1", "127.0.0.1"]);
  });
});

describe("limits behind a reverse proxy", () => {
  it("counts wrong join codes per forwarded address, not per proxy", async () => {
    const server = await testServer({ trustProxy: ["127.0.0.1"] });
    cleanups.push(() => server.dispose());
    server.services.limits.join = new JoinLimits({ ...JOIN_LIMITS, delayMs: 5 });
    const board = seedBoard(server.services, { title: "Bürgerabend", mode: "workshop" });
    const maria = await signedInManager(server.services, Person.over(server));
    expect((await maria.call("POST", `/api/boards/${board.id}/session`)).status).toBe(201);
    const join = (forwardedFor: string) =>
      fetch(`${server.url}/api/join`, {
        method: "POST",
        headers: { origin: server.url, "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ code: "XXXXXX" }),
      }).then((res) => res.status);
    for (let i = 0; i < JOIN_LIMITS.wrongPerAddress; i++) expect(await join("198.51.100.1")).toBe(404);
    expect(await join("198.51.100.1")).toBe(429);
    // A client cannot step out of its count by writing another address in front.
    expect(await join("192.0.2.1, 198.51.100.1")).toBe(429);
    expect(await join("198.51.100.2")).toBe(404);
  });
});
