import type { IncomingMessage } from "node:http";
import { users } from "@quer/db";
import { BOARD_IDEAS } from "@quer/shared";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { cookieName } from "../auth/cookie.ts";
import { SessionStore } from "../auth/sessions.ts";
import type { Db } from "../db/open.ts";
import { newId } from "../ids.ts";
import { Person } from "./harness.ts";

/** Polls until `check` returns something truthy; fails with `what` after the timeout. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 15));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Residents made straight in the database with a session each: no password hashing and
 * no per-address register limit, so a test can have forty of them in a blink.
 */
export function residents(
  db: Db,
  server: { url: string },
  count: number,
  prefix = "Nachbar",
): { id: string; person: Person }[] {
  const store = new SessionStore(db);
  const out: { id: string; person: Person }[] = [];
  for (let i = 0; i < count; i++) {
    const id = newId();
    db.insert(users)
      .values({
        id,
        email: `${id}@example.org`,
        name: `${prefix} ${i}`,
        role: "resident",
        createdAt: Date.now(),
      })
      .run();
    const person = Person.over(server);
    person.cookie = `${cookieName({ secure: false })}=${store.create(id).token}`;
    out.push({ id, person });
  }
  return out;
}

/** A `ws` client class that sends the headers a browser would: Origin and the cookie. */
export function socketClass(
  origin: string,
  cookie = "",
): new (
  url: string | URL,
  protocols?: string | string[],
) => WebSocket {
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close codes this client's sockets were closed with, in order. */
  closes: number[];
  /** The board document's ideas as plain objects. */
  ideas(): Record<string, Record<string, unknown>>;
}

/**
 * Keeps every client a test opens so one call closes them all; vitest only exits when
 * no socket or timer is left behind.
 */
export class Clients {
  private readonly open = new Set<{ close(): void }>();

  /** A stock y-websocket client, as the contract describes it (BroadcastChannel off). */
  provider(url: string, name: string, opts: { cookie?: string; doc?: Y.Doc } = {}): Client {
    const doc = opts.doc ?? new Y.Doc();
    // Each provider listens for the process's exit until destroyed: room for one more, so
    // tests with many writers keep Node's leak warning meaningful for everything else.
    process.setMaxListeners(process.getMaxListeners() + 1);
    const provider = new WebsocketProvider(`${url.replace(/^http/, "ws")}/sync`, name, doc, {
      WebSocketPolyfill: socketClass(url, opts.cookie) as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: true,
      maxBackoffTime: 200,
    });
    const closes: number[] = [];
    provider.on("connection-close", (event) => {
      if (event) closes.push(event.code);
    });
    this.open.add({
      close: () => {
        provider.destroy();
        provider.awareness.destroy();
        process.setMaxListeners(process.getMaxListeners() - 1);
      },
    });
    const ideas = () => doc.getMap(BOARD_IDEAS).toJSON() as Record<string, Record<string, unknown>>;
    return { doc, provider, closes, ideas };
  }

  /** A hand-made socket; resolves once open, with its close code as a promise. */
  async raw(
    url: string,
    name: string,
    opts: { cookie?: string } = {},
  ): Promise<{ ws: WebSocket; closed: Promise<number>; received: Uint8Array[] }> {
    const Ws = socketClass(url, opts.cookie);
    const ws = new Ws(`${url.replace(/^http/, "ws")}/sync/${name}`);
    this.open.add({ close: () => ws.terminate() });
    const received: Uint8Array[] = [];
    ws.on("message", (data: Buffer) => received.push(new Uint8Array(data)));
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.on("error", reject);
    });
    return { ws, closed, received };
  }

  /** The HTTP status an upgrade is answered with (101 when a socket was opened). */
  upgradeStatus(url: string, name: string, headers: Record<string, string>): Promise<number> {
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/sync/${name}`, { headers });
    this.open.add({ close: () => ws.terminate() });
    return new Promise((resolve, reject) => {
      ws.once("unexpected-response", (_req, res: IncomingMessage) => {
        resolve(res.statusCode ?? 0);
        res.resume();
        ws.terminate();
      });
      ws.once("open", () => {
        resolve(101);
        ws.close();
      });
      ws.on("error", (error) => reject(error));
    });
  }

  /** The refusal of an upgrade: its status and the API error body it carries. */
  upgradeRefusal(
    url: string,
    name: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: { error?: { code?: string; message?: string } } }> {
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/sync/${name}`, { headers });
    this.open.add({ close: () => ws.terminate() });
    return new Promise((resolve, reject) => {
      ws.once("unexpected-response", (_req, res: IncomingMessage) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          ws.terminate();
        });
      });
      ws.once("open", () => {
        ws.close();
        reject(new Error("the upgrade was accepted"));
      });
      ws.on("error", (error) => reject(error));
    });
  }

  closeAll(): void {
    for (const item of this.open) item.close();
    this.open.clear();
  }
}
