import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type Actor, CloseCode, type DocRef, MAX_FRAME_BYTES, parseDocName } from "@quer/shared";
import { WebSocketServer } from "ws";
import { tokenFromCookieHeader } from "../auth/cookie.ts";
import { actorOf, type SessionStore } from "../auth/sessions.ts";
import type { Config } from "../config.ts";
import { type Access, SyncConnection } from "./connection.ts";
import type { DocRegistry } from "./registry.ts";
import { perMessageDeflate } from "./shared-frame.ts";

/** What a person may do with a document; "missing" when it does not exist. */
export type AccessLevel = Access | "none" | "missing";
export type AccessResolver = (actor: Actor, ref: DocRef) => AccessLevel;

const PATH = /^\/sync\/([^/?#]+)$/;
const PING_EVERY_MS = 30_000;

/**
 * The WebSocket side of the one port: checks each upgrade before a socket exists,
 * then hands the socket to a SyncConnection. Keeps an index of connections so that a
 * logout or a change of permission closes the right sockets at once.
 */
export class SyncServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate,
  });
  private readonly bySession = new Map<string, Set<SyncConnection>>();
  private readonly byDoc = new Map<string, Set<SyncConnection>>();
  private readonly alive = new WeakSet<object>();
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly config: Config,
    private readonly sessions: SessionStore,
    private readonly registry: DocRegistry,
    private readonly resolve: AccessResolver,
    /** The actor behind a user id, looked up afresh: roles and blocks may have changed. */
    private readonly lookupActor: (userId: string | null) => Actor,
  ) {
    this.pinger = setInterval(() => this.ping(), PING_EVERY_MS);
    this.pinger.unref();
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.byDoc.values()) n += set.size;
    return n;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? "/", "http://quer.invalid");
    const match = PATH.exec(url.pathname);
    if (!match) {
      refuse(socket, 404, "not_found", "Kein Sync-Endpunkt.");
      return;
    }
    if (req.headers.origin !== this.config.publicUrl) {
      refuse(socket, 403, "forbidden", "Origin passt nicht.");
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(match[1] as string);
    } catch {
      refuse(socket, 404, "not_found", "Unbekanntes Dokument.");
      return;
    }
    const ref = parseDocName(name);
    if (!ref) {
      refuse(socket, 404, "not_found", "Unbekanntes Dokument.");
      return;
    }
    const session = this.sessions.validate(tokenFromCookieHeader(req.headers.cookie, this.config));
    const actor = actorOf(session?.user);
    const access = this.resolve(actor, ref);
    if (access === "missing") {
      refuse(socket, 404, "not_found", "Unbekanntes Dokument.");
      return;
    }
    if (access === "none") {
      if (session) refuse(socket, 403, "forbidden", "Kein Zugriff auf dieses Dokument.");
      else refuse(socket, 401, "unauthenticated", "Bitte melde dich an.");
      return;
    }
    const live = this.registry.get(name);
    if (!live) {
      refuse(socket, 404, "not_found", "Unbekanntes Dokument.");
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.alive.add(ws);
      ws.on("pong", () => this.alive.add(ws));
      const owner = {
        sessionId: session?.id ?? null,
        userId: session?.user.id ?? null,
        name: session?.user.name ?? null,
      };
      const conn = new SyncConnection(ws, live, this.registry, owner, access, (c) => this.forget(c));
      this.index(conn);
    });
  }

  /** Closes every socket of a session (logout, expiry, deletion). */
  closeSession(sessionId: string): void {
    for (const conn of [...(this.bySession.get(sessionId) ?? [])]) {
      conn.close(CloseCode.sessionEnded, "session ended");
    }
  }

  /** Re-checks access of every connection on a document after its permissions changed. */
  recheck(docName: string): void {
    const ref = parseDocName(docName);
    if (!ref) return;
    for (const conn of [...(this.byDoc.get(docName) ?? [])]) {
      const level = this.resolve(this.lookupActor(conn.owner.userId), ref);
      conn.downgrade(level === "missing" ? "none" : level);
    }
  }

  close(): void {
    clearInterval(this.pinger);
    for (const client of this.wss.clients) client.close(CloseCode.goingAway, "server shutting down");
    this.wss.close();
  }

  private index(conn: SyncConnection): void {
    add(this.byDoc, conn.docName, conn);
    if (conn.owner.sessionId) add(this.bySession, conn.owner.sessionId, conn);
  }

  private forget(conn: SyncConnection): void {
    remove(this.byDoc, conn.docName, conn);
    if (conn.owner.sessionId) remove(this.bySession, conn.owner.sessionId, conn);
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.has(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.delete(ws);
      ws.ping();
    }
  }
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  map.set(key, set);
  set.add(value);
}

function remove<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

const REASONS: Record<number, string> = { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found" };

/** Answers an upgrade with a plain HTTP error before any WebSocket exists. */
function refuse(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
