/** Refusals of a WebSocket upgrade, per language; the `code` beside each stays the key. */
export interface SyncMessages {
  noEndpoint: string;
  /** The page was opened at another address than PUBLIC_URL (or is another site). */
  wrongOrigin: (publicUrl: string) => string;
  unknownDocument: string;
  serverFull: string;
  tooManySockets: string;
  noAccess: string;
  signIn: string;
  invalid: string;
}
