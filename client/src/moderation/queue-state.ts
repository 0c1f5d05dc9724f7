import { createSignal, onCleanup } from "solid-js";
import { isServer } from "solid-js/web";
import { fetchQueue, type Queue } from "./moderation-api.ts";

/**
 * The moderation queue, shared by the header's badge and the queue page. Pending posts
 * and reports are not in any board document (only visible ideas are), so the queue is
 * fetched again every few seconds while the page is visible, and at once when it comes
 * back into view.
 */
const POLL_MS = 3000;

const [queue, setQueue] = createSignal<Queue>();
const [failed, setFailed] = createSignal(false);
let users = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<void> | undefined;

export { failed as queueFailed, queue };

/** Open items: pending posts plus reported targets. */
export const queueCount = () => {
  const q = queue();
  return q ? q.pending.length + q.reports.length : 0;
};

export function refreshQueue(): Promise<void> {
  if (!inFlight) {
    inFlight = fetchQueue()
      .then(
        (q) => {
          setQueue(q);
          setFailed(false);
        },
        () => {
          setFailed(true);
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
  }
  return inFlight;
}

function schedule() {
  clearTimeout(timer);
  if (users === 0) return;
  timer = setTimeout(async () => {
    if (document.visibilityState === "visible") await refreshQueue();
    schedule();
  }, POLL_MS);
}

function onVisible() {
  if (document.visibilityState === "visible" && users > 0) void refreshQueue();
}

/** Keeps the queue fresh while the calling component lives (managers only). */
export function watchQueue(): void {
  // The server's render shows the link without a count; the browser fetches it.
  if (isServer) return;
  users += 1;
  if (users === 1) {
    document.addEventListener("visibilitychange", onVisible);
    void refreshQueue();
    schedule();
  }
  onCleanup(() => {
    users -= 1;
    if (users === 0) {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
      setQueue(undefined);
    }
  });
}
