import type { SyncConnection } from "./connection.ts";

/** How many sockets may be open: in all, per session, and anonymous ones per client address. */
export interface SocketCaps {
  total: number;
  perSession: number;
  anonymousPerAddress: number;
}

/**
 * Open connections by document, session, person and (for anonymous ones) client address:
 * what a permission change, a session's end or a cap needs to find at once.
 */
export class ConnectionIndex {
  private readonly byDoc = new Map<string, Set<SyncConnection>>();
  private readonly bySession = new Map<string, Set<SyncConnection>>();
  private readonly byUser = new Map<string, Set<SyncConnection>>();
  private readonly byAddress = new Map<string, Set<SyncConnection>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /**
   * Which cap one more socket would pass, if any. A room of phones behind one address
   * each has a session of its own, so only anonymous sockets count per address.
   */
  full(
    sessionId: string | null,
    address: string | null,
    caps: SocketCaps,
  ): "server" | "session" | "address" | null {
    if (this.count >= caps.total) return "server";
    if (sessionId !== null && (this.bySession.get(sessionId)?.size ?? 0) >= caps.perSession) return "session";
    if (
      sessionId === null &&
      address !== null &&
      (this.byAddress.get(address)?.size ?? 0) >= caps.anonymousPerAddress
    )
      return "address";
    return null;
  }

  add(conn: SyncConnection): void {
    this.count += 1;
    put(this.byDoc, conn.docName, conn);
    const { sessionId, userId, address } = conn.owner;
    if (sessionId) put(this.bySession, sessionId, conn);
    if (userId) put(this.byUser, userId, conn);
    if (!sessionId && address) put(this.byAddress, address, conn);
  }

  remove(conn: SyncConnection): void {
    if (!take(this.byDoc, conn.docName, conn)) return;
    this.count -= 1;
    const { sessionId, userId, address } = conn.owner;
    if (sessionId) take(this.bySession, sessionId, conn);
    if (userId) take(this.byUser, userId, conn);
    if (!sessionId && address) take(this.byAddress, address, conn);
  }

  all(): SyncConnection[] {
    return [...this.byDoc.values()].flatMap((set) => [...set]);
  }

  ofDoc(name: string): SyncConnection[] {
    return [...(this.byDoc.get(name) ?? [])];
  }

  ofSession(id: string): SyncConnection[] {
    return [...(this.bySession.get(id) ?? [])];
  }

  ofUser(id: string): SyncConnection[] {
    return [...(this.byUser.get(id) ?? [])];
  }

  sessionIds(): string[] {
    return [...this.bySession.keys()];
  }
}

function put<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  map.set(key, set);
  set.add(value);
}

function take<K, V>(map: Map<K, Set<V>>, key: K, value: V): boolean {
  const set = map.get(key);
  if (!set?.delete(value)) return false;
  if (set.size === 0) map.delete(key);
  return true;
}
