import { CloseCode } from "@quer/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type { LiveDoc, Peer } from "./live-doc.ts";
import { awarenessMessage, KEEP_ALIVE_MESSAGE, MessageType, syncStep1 } from "./messages.ts";
import { carriesNewContent } from "./new-content.ts";
import { colorFor, type PresenceIdentity, rewritePresence } from "./presence.ts";
import type { DocRegistry } from "./registry.ts";
import { COMPRESS_FROM_BYTES, directSocket, type SharedFrame } from "./shared-frame.ts";

export type Access = "read" | "write";

/** Presence is small; anything larger is not a cursor and a name. */
const MAX_AWARENESS_BYTES = 8 * 1024;
/** Messages a connection may send per second on average, and in a burst. */
const RATE = { perSecond: 100, burst: 400 };
/**
 * Presence updates a connection may relay per second, and in a burst. A cursor needs
 * far fewer; the rest are dropped without closing: the client's next update (sent again
 * at the latest when its state is renewed) carries the whole state anyway.
 */
const PRESENCE_RATE = { perSecond: 10, burst: 20 };
/**
 * Requests for the document's state (sync step 1) per second, and in a burst. A client
 * asks once when it connects and again only if it chooses to resync; each answer may be
 * the whole document, so more is not an honest client.
 */
const STATE_REQUEST_RATE = { perSecond: 1, burst: 10 };

export interface ConnectionOwner {
  sessionId: string | null;
  userId: string | null;
  /** The person's display name, shown to others as their presence. */
  name: string | null;
  /** The client address of an anonymous socket (for its cap); null for signed-in people. */
  address: string | null;
  /** Whether the person was blocked when last checked: a new block closes the socket once. */
  blocked: boolean;
}

/** A token bucket: `take()` says whether one more message fits. */
class Bucket {
  private tokens: number;
  private last = Date.now();
  constructor(private readonly rate: { perSecond: number; burst: number }) {
    this.tokens = rate.burst;
  }
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.last) / 1000) * this.rate.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * One WebSocket on one document. Speaks the y-websocket protocol; decides per message
 * whether the sender may change the document.
 */
export class SyncConnection implements Peer {
  /** Awareness client ids this connection controls, removed when it closes. */
  private readonly awarenessIds = new Set<number>();
  private readonly messages = new Bucket(RATE);
  private readonly presence = new Bucket(PRESENCE_RATE);
  private readonly stateRequests = new Bucket(STATE_REQUEST_RATE);
  private closed = false;
  /** Whether anything was sent since the last keep-alive tick. */
  private sentSinceTick = true;

  constructor(
    private readonly ws: WebSocket,
    readonly live: LiveDoc,
    private readonly registry: DocRegistry,
    readonly owner: ConnectionOwner,
    public access: Access,
    private readonly onClosed: (conn: SyncConnection) => void,
    /** Unread bytes after which the socket is cut off (`Config.sockets.unsentBytes`). */
    private readonly maxUnsentBytes: number,
  ) {
    registry.attach(live, this);
    ws.on("message", (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on("close", () => this.cleanup());
    ws.on("error", () => this.cleanup());
    this.send(syncStep1(live.doc));
    const states = [...live.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessMessage(live.awareness, states));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get docName(): string {
    return this.live.name;
  }

  get userId(): string | null {
    return this.owner.userId;
  }

  send(message: Uint8Array, shared?: SharedFrame): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    const direct = shared && message.byteLength < COMPRESS_FROM_BYTES ? directSocket(this.ws) : null;
    if (shared && direct) direct.write(shared.frame);
    else this.ws.send(message, { binary: true });
    this.sentSinceTick = true;
    // Counts what waits in `ws` and in the socket; a close frame would wait behind it.
    // A first sync is the whole document, however big a board has grown: room for one.
    if (this.ws.bufferedAmount > this.maxUnsentBytes + this.live.storedBytes) this.terminate();
  }

  /** Called every `Config.syncKeepAliveMs`: a socket sent nothing since the last call gets a sign of life. */
  keepAlive(): void {
    if (!this.sentSinceTick) this.send(KEEP_ALIVE_MESSAGE);
    this.sentSinceTick = false;
  }

  /** Ends a socket that does not read, at once: nothing more is queued for it. */
  private terminate(): void {
    this.ws.terminate();
    this.cleanup();
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason);
    this.cleanup();
  }

  /**
   * Applies a change of permission at once. Losing write access closes the socket as
   * well (contract: a removed co-author's open sockets end with 4403): quietly turning a
   * writer into a reader would leave an editor typing into a copy whose next edit is
   * refused anyway. The client learns now and may reconnect as a reader.
   */
  downgrade(to: Access | "none"): void {
    if (to === "none") this.close(CloseCode.forbidden, "access withdrawn");
    else if (to === "read" && this.access === "write")
      this.close(CloseCode.forbidden, "write access withdrawn");
    else this.access = to;
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.protocolError, "binary frames only");
      return;
    }
    if (!this.messages.take()) {
      this.close(CloseCode.rateLimited, "too many messages");
      return;
    }
    try {
      this.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch {
      this.close(CloseCode.protocolError, "malformed message");
    }
  }

  private handle(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        this.handleSync(decoder);
        return;
      case MessageType.awareness:
        this.handleAwareness(decoding.readVarUint8Array(decoder));
        return;
      case MessageType.queryAwareness: {
        const ids = [...this.live.awareness.getStates().keys()];
        if (ids.length > 0) this.send(awarenessMessage(this.live.awareness, ids));
        return;
      }
      case MessageType.auth:
        return; // permissions come from the session, never from the client
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      if (!this.stateRequests.take()) {
        this.close(CloseCode.rateLimited, "too many state requests");
        return;
      }
      // The answer hands over the document's state: everything in it must be durable first.
      this.registry.storeWritersUpdatesNow();
      const answer = this.live.answer(decoding.readVarUint8Array(decoder));
      const durable = this.registry.durable();
      if (!durable) this.send(answer);
      else
        durable.then(
          () => this.send(answer),
          () => this.close(CloseCode.goingAway, "storage failed"),
        );
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${kind}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    if (this.access !== "write") {
      // A reader's copy may echo what it has; anything new is an attempted write.
      if (carriesNewContent(this.live.doc, update)) this.close(CloseCode.forbidden, "read-only document");
      return;
    }
    const outcome = this.registry.applyClientUpdate(this.live, update, this);
    if (outcome === "malformed") this.close(CloseCode.protocolError, "malformed update");
    else if (outcome === "too-large") this.close(CloseCode.messageTooBig, "document too large");
    else if (outcome === "unresolved")
      this.close(CloseCode.unresolved, "too many updates with missing dependencies");
  }

  private handleAwareness(update: Uint8Array): void {
    // Presence is for the people writing together; readers of a document are not shown.
    if (this.access !== "write") return;
    if (update.byteLength > MAX_AWARENESS_BYTES) {
      this.close(CloseCode.messageTooBig, "presence too large");
      return;
    }
    const identity = this.identity();
    if (!identity || !this.presence.take()) return;
    // Others see who the server says this is, and only for client ids this socket
    // introduced: a hand-made client can neither pose as someone nor move their cursor.
    const owners = this.live.presenceOwners;
    const rewritten = rewritePresence(update, identity, (id) => (owners.get(id) ?? this) === this);
    if (!rewritten) return;
    awarenessProtocol.applyAwarenessUpdate(this.live.awareness, rewritten.update, this);
    for (const id of rewritten.clientIds) {
      // An update older than what the server holds was not applied and claims nothing.
      if (!this.live.awareness.meta.has(id)) continue;
      owners.set(id, this);
      this.awarenessIds.add(id);
    }
    this.live.broadcast(this.frame(rewritten.update), this);
  }

  private identity(): PresenceIdentity | null {
    const { userId, name } = this.owner;
    return userId && name !== null ? { id: userId, name, color: colorFor(userId) } : null;
  }

  private frame(awarenessUpdate: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessUpdate);
    return encoding.toUint8Array(encoder);
  }

  private cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.awarenessIds.size > 0) {
      const ids = [...this.awarenessIds];
      for (const id of ids) this.live.presenceOwners.delete(id);
      awarenessProtocol.removeAwarenessStates(this.live.awareness, ids, this);
      this.live.broadcast(awarenessMessage(this.live.awareness, ids), this);
    }
    this.registry.detach(this.live, this);
    this.onClosed(this);
  }
}
