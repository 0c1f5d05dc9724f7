import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type Actor, CloseCode, type DocRef, MAX_FRAME_BYTES, parseDocName } from "@quer/shared";
import { type WebSocket, WebSocketServer } from "ws";
import { tokenFromCookieHeader } from "../auth/cookie.ts";
import { actorOf, type SessionStore } from "../auth/sessions.ts";
import type { Config } from "../config.ts";
import { localeFromCookieHeader } from "../http/locale.ts";
import type { SyncObserver } from "../ops/sync-log.ts";
import type { AccessChanges } from "./access-changes.ts";
import { type Access, SyncConnection } from "./connection.ts";
import { ConnectionIndex } from "./connection-index.ts";
import type { DocRegistry } from "./registry.ts";
import { perMessageDeflate } from "./shared-frame.ts";
import { refusalMessages, refuseUpgrade } from "./upgrade-refusal.ts";

/** What a person may do with a document; "missing" when it does not exist. */
export type AccessLevel = Access | "none" | "missing";
export type AccessResolver = (actor: Actor, ref: DocRef) => AccessLevel;

const PATH = /^\/sync\/([^/?#]+)$/;
const PING_EVERY_MS = 30_000;

/** Where an upgrade comes from, for the per-address cap on anonymous sockets. */
export type AddressOf = (req: IncomingMessage) => string;

/**
 * The WebSocket side of the one port: checks each upgrade before a socket exists, then
 * hands the socket to a SyncConnection. Keeps an index of connections so that a change of
 * permission (`AccessWatch`), a session's end or a cap reaches the right sockets at once.
 */
export class SyncServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate,
  });
  private readonly connections = new ConnectionIndex();
  private readonly alive = new WeakSet<object>();
  private readonly pinger: NodeJS.Timeout;
  private readonly keepAlive: NodeJS.Timeout;

  constructor(
    private readonly config: Config,
    private readonly sessions: SessionStore,
    private readonly registry: DocRegistry,
    private readonly resolve: AccessResolver,
    /** The actor behind a user id, looked up afresh: roles and blocks may have changed. */
    private readonly lookupActor: (userId: string | null) => Actor,
    /** The client address behind an upgrade (`TRUST_PROXY`), for the cap on anonymous sockets. */
    private readonly addressOf: AddressOf,
    /** Log lines and the socket gauge. */
    private readonly observer: SyncObserver,
  ) {
    this.pinger = setInterval(() => this.ping(), PING_EVERY_MS);
    this.pinger.unref();
    // Decision 0028: a board nobody edits sends nothing, and its readers must not be cut off.
    this.keepAlive = setInterval(() => {
      for (const conn of this.connections.all()) conn.keepAlive();
    }, config.syncKeepAliveMs);
    this.keepAlive.unref();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Node ends the process on an exception thrown here, so nothing may: every refusal is
   * an HTTP answer, and anything unforeseen is logged in one line and refused too.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A client that resets the connection mid-handshake must not become an unhandled error.
    socket.on("error", ignore);
    try {
      const refused = this.upgrade(req, socket, head);
      if (refused) refuseUpgrade(socket, ...refused);
    } catch (error) {
      this.observer.failed("sync upgrade refused", error);
      refuseUpgrade(
        socket,
        400,
        "invalid",
        refusalMessages(localeFromCookieHeader(req.headers.cookie, req.headers["accept-language"])).invalid,
      );
    }
  }

  /** Hands the socket on, or says why not. */
  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Refusal | null {
    const m = refusalMessages(localeFromCookieHeader(req.headers.cookie, req.headers["accept-language"]));
    const path = (req.url ?? "").split("?")[0] ?? "";
    const match = PATH.exec(path);
    if (!match) return refusal(404, "not_found", m.noEndpoint);
    if (req.headers.origin !== this.config.publicUrl) {
      return refusal(403, "forbidden", m.wrongOrigin(this.config.publicUrl));
    }
    let name: string;
    try {
      name = decodeURIComponent(match[1] as string);
    } catch {
      return refusal(404, "not_found", m.unknownDocument);
    }
    const ref = parseDocName(name);
    if (!ref) return refusal(404, "not_found", m.unknownDocument);
    const session = this.sessions.validate(tokenFromCookieHeader(req.headers.cookie, this.config));
    const address = session ? null : this.addressOf(req);
    const full = this.connections.full(session?.id ?? null, address, this.config.sockets);
    if (full === "server") {
      return refusal(503, "unavailable", m.serverFull);
    }
    if (full) {
      return refusal(429, "rate_limited", m.tooManySockets);
    }
    const actor = actorOf(session?.user);
    const access = this.resolve(actor, ref);
    if (access === "missing") return refusal(404, "not_found", m.unknownDocument);
    if (access === "none") {
      if (session) return refusal(403, "forbidden", m.noAccess);
      return refusal(401, "unauthenticated", m.signIn);
    }
    const live = this.registry.get(name);
    if (!live) return refusal(404, "not_found", m.unknownDocument);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      socket.removeListener("error", ignore);
      this.accept(ws, live, session, address, access);
    });
    return null;
  }

  private accept(
    ws: WebSocket,
    live: NonNullable<ReturnType<DocRegistry["get"]>>,
    session: ReturnType<SessionStore["validate"]>,
    address: string | null,
    access: Access,
  ): void {
    try {
      this.alive.add(ws);
      ws.on("pong", () => this.alive.add(ws));
      const owner = {
        sessionId: session?.id ?? null,
        userId: session?.user.id ?? null,
        name: session?.user.name ?? null,
        address,
        blocked: session?.user.blocked ?? false,
      };
      const conn = new SyncConnection(
        ws,
        live,
        this.registry,
        owner,
        access,
        (c) => this.connections.remove(c),
        this.config.sockets.unsentBytes,
      );
      this.connections.add(conn);
      this.observer.opened(live.name);
      ws.once("close", (code) => this.observer.closed(live.name, code));
    } catch (error) {
      this.observer.failed("sync connection ended", error);
      ws.terminate();
    }
  }

  /** Closes every socket of a session (logout, expiry, deletion). */
  private closeSession(sessionId: string): void {
    for (const conn of this.connections.ofSession(sessionId)) {
      conn.close(CloseCode.sessionEnded, "session ended");
    }
  }

  /**
   * Re-checks the sockets a committed change may concern (`AccessWatch` calls this once
   * the change's transaction is over): ended sessions close, and every other affected
   * socket keeps, loses or gains write access, or closes, as the rules now say.
   */
  applyAccessChanges(changes: AccessChanges): void {
    for (const id of changes.sessions) this.closeSession(id);
    if (changes.everything) {
      for (const id of this.connections.sessionIds()) if (!this.sessions.isCurrent(id)) this.closeSession(id);
    }
    const everyone = changes.everything || changes.boards.size > 0;
    const affected = everyone
      ? this.connections.all()
      : [
          ...[...changes.users].flatMap((id) => this.connections.ofUser(id)),
          ...[...changes.ideas].flatMap((id) => this.connections.ofDoc(`idea:${id}`)),
          ...[...changes.projects].flatMap((id) => this.connections.ofDoc(`project:${id}`)),
        ];
    try {
      this.recheck(new Set(affected));
    } catch (error) {
      // Rights could not be read (the database failed): nobody keeps one unchecked. The
      // clients reconnect and are checked afresh at the upgrade.
      this.observer.failed("access of open sockets not checkable", error);
      for (const conn of affected) conn.close(CloseCode.goingAway, "access not checkable");
    }
  }

  private recheck(conns: Set<SyncConnection>): void {
    // One pass may see a room's worth of sockets: look each person and each answer up once.
    const actors = new Map<string | null, Actor>();
    const levels = new Map<string, AccessLevel>();
    for (const conn of conns) {
      if (conn.isClosed) continue;
      const ref = parseDocName(conn.docName);
      if (!ref) continue;
      const userId = conn.owner.userId;
      let actor = actors.get(userId);
      if (!actor) {
        actor = this.lookupActor(userId);
        actors.set(userId, actor);
      }
      const blocked = actor.kind === "user" && actor.blocked;
      if (blocked && !conn.owner.blocked) {
        // Told once, by its own code: the client says why and reconnects to read.
        conn.close(CloseCode.blocked, "account blocked");
        continue;
      }
      conn.owner.blocked = blocked;
      const key = `${userId ?? ""}\u0000${conn.docName}`;
      let level = levels.get(key);
      if (level === undefined) {
        level = this.resolve(actor, ref);
        levels.set(key, level);
      }
      conn.downgrade(level === "missing" ? "none" : level);
    }
  }

  close(): void {
    clearInterval(this.pinger);
    clearInterval(this.keepAlive);
    for (const client of this.wss.clients) client.close(CloseCode.goingAway, "server shutting down");
    this.wss.close();
  }

  private ping(): void {
    // Sessions expire by time, with no write to notice: their sockets end here.
    for (const id of this.connections.sessionIds()) if (!this.sessions.isCurrent(id)) this.closeSession(id);
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

function ignore(): void {}

type Refusal = [status: number, code: string, message: string];

function refusal(status: number, code: string, message: string): Refusal {
  return [status, code, message];
}
