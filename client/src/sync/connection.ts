import { createSignal } from "solid-js";

/**
 * What the connection indicator shows. `null` means no live document is open (pages
 * without live data show no indicator).
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "offline" | "closed";

const [connection, setConnectionSignal] = createSignal<ConnectionState | null>(null);

export { connection };

/** Every open live document's latest state, the most recently opened last. */
const holders: { state: ConnectionState | null }[] = [];

/** The state of the document opened last that has said one. */
function show() {
  for (let i = holders.length - 1; i >= 0; i--) {
    const state = holders[i]?.state;
    if (state) return void setConnectionSignal(state);
  }
  setConnectionSignal(null);
}

/**
 * The indicator shows the live document opened last. When one board page replaces
 * another, the old page's clean-up may run after the new page took over: releasing it
 * leaves the new page's state shown. When a document opened on top of the page's own
 * (a workshop canvas for one phase) closes, the indicator goes back to the page's.
 */
export function claimConnection() {
  const me: { state: ConnectionState | null } = { state: null };
  holders.push(me);
  return {
    set(state: ConnectionState) {
      me.state = state;
      show();
    },
    release() {
      const at = holders.indexOf(me);
      if (at === -1) return;
      holders.splice(at, 1);
      show();
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
