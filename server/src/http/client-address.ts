import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { Config } from "../config.ts";
import type { AppEnv } from "./env.ts";

type ProxyConfig = Pick<Config, "trustProxy">;

/** One spelling per address: lower case, and `::ffff:1.2.3.4` (IPv4 over an IPv6 socket) as `1.2.3.4`. */
export function normaliseAddress(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  return mapped?.[1] ?? a;
}

/** One entry of X-Forwarded-For, bare or with a port (`1.2.3.4:5678`, `[::1]:443`); null if not an address. */
function forwardedHop(entry: string): string | null {
  let s = entry.trim();
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    s = end > 0 ? s.slice(1, end) : s;
  } else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(s)) {
    s = s.slice(0, s.lastIndexOf(":"));
  }
  const address = normaliseAddress(s);
  return isIP(address) ? address : null;
}

/**
 * The client address of a request, from its direct peer and its X-Forwarded-For header.
 * The header counts only when the peer is one of `TRUST_PROXY`: then it is read from
 * the right, where each trusted proxy appended the address it saw, and the first
 * address that is not a trusted proxy is the client. Whatever the client itself wrote
 * further left is never read. Used only as a key for in-memory limits.
 */
export function addressFrom(
  remote: string | undefined,
  forwardedFor: string | undefined,
  config: ProxyConfig,
): string {
  if (!remote) return "unknown";
  let address = normaliseAddress(remote);
  if (!forwardedFor) return address;
  const hops = forwardedFor.split(",");
  for (let i = hops.length - 1; i >= 0 && config.trustProxy.includes(address); i--) {
    const next = forwardedHop(hops[i] ?? "");
    // A proxy that appended something unreadable: the proxy's own address is all we know.
    if (!next) break;
    address = next;
  }
  return address;
}

/** The client address of a Node request, e.g. a WebSocket upgrade (no Hono context there). */
export function clientAddressOfRequest(req: IncomingMessage, config: ProxyConfig): string {
  const header = req.headers["x-forwarded-for"];
  return addressFrom(req.socket.remoteAddress, Array.isArray(header) ? header.join(",") : header, config);
}

/**
 * The client address of an API request. Requests made in-process (tests) have no
 * socket and share one key.
 */
export function clientAddress(c: Context<AppEnv>): string {
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    return "in-process";
  }
  return addressFrom(remote, c.req.header("x-forwarded-for"), c.get("services").config);
}
