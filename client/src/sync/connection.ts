import { createSignal } from "solid-js";

/**
 * What the connection indicator shows. `null` means no live document is open (pages
 * without live data show no indicator).
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline" | "closed";

const [connection, setConnectionSignal] = createSignal<ConnectionState | null>(null);

export { connection };

let holder: symbol | null = null;

/**
 * The indicator belongs to one live document at a time. When one board page replaces
 * another, the old page's clean-up may run after the new page took over; the token
 * keeps it from blanking the new page's state.
 */
export function claimConnection() {
  const me = Symbol("connection");
  holder = me;
  return {
    set(state: ConnectionState) {
      if (holder === me) setConnectionSignal(state);
    },
    release() {
      if (holder !== me) return;
      holder = null;
      setConnectionSignal(null);
    },
  };
}

/** Combines the socket's state with the browser's own idea of being online. */
export function deriveState(opts: {
  online: boolean;
  socket: "connecting" | "connected" | "disconnected";
  everConnected: boolean;
  closed: boolean;
}): ConnectionState {
  if (opts.closed) return "closed";
  if (!opts.online) return "offline";
  if (opts.socket === "connected") return "live";
  return opts.everConnected ? "reconnecting" : "connecting";
}
