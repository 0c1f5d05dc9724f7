import type { LiveDoc } from "./live-doc.ts";

/** Takes a document out of memory once nobody has been connected to it for `idleMs`. */
export class IdleUnload {
  constructor(
    private readonly idleMs: number,
    /** Unloads the document if it is still idle when its time comes. */
    private readonly unloadIfIdle: (live: LiveDoc) => void,
  ) {}

  /** Starts the document's idle time over, if nobody is connected. */
  restart(live: LiveDoc): void {
    clearTimeout(live.idleTimer);
    if (live.peers.size > 0) return;
    live.idleTimer = setTimeout(() => this.unloadIfIdle(live), this.idleMs);
    live.idleTimer.unref();
  }

  /** Somebody connected: the document stays. */
  cancel(live: LiveDoc): void {
    clearTimeout(live.idleTimer);
  }
}
