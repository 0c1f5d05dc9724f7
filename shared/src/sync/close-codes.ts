/**
 * WebSocket close codes the sync server uses. 4xxx mirror HTTP statuses so a client
 * can tell "sign in again" from "you may not write here" from "drop your copy".
 */
export const CloseCode = {
  /** The server is shutting down; reconnect later. */
  goingAway: 1001,
  /** A frame that is not the y-websocket protocol. */
  protocolError: 1002,
  /** A frame over the size limit. */
  messageTooBig: 1009,
  /** The session ended (logout, expiry, account deleted). */
  sessionEnded: 4401,
  /** A write without write access, or read access withdrawn. */
  forbidden: 4403,
  /**
   * The person was blocked (HTTP 423 "locked"): they may connect again and read, not write;
   * the client says so and whom to contact (`GET /api/me`).
   */
  blocked: 4423,
  /** The document no longer exists. */
  gone: 4404,
  /** The server rebuilt the document; clients must drop their local copy. */
  reset: 4409,
  /** Updates whose dependencies never arrived grew past the limit; reconnect and sync afresh. */
  unresolved: 4413,
  /** Too many messages too fast. */
  rateLimited: 4429,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Largest frame the server accepts, in bytes. */
export const MAX_FRAME_BYTES = 512 * 1024;
