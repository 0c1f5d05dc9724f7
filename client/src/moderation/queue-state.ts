import { createEffect, createRoot, createSignal, on, onCleanup } from "solid-js";
import { isServer } from "solid-js/web";
import { deskCounts, startDesk } from "./desk-state.ts";
import { fetchQueue, type Queue } from "./moderation-api.ts";

/**
 * The moderation queue for the queue page. Pending posts and reports are in no document
 * anyone else reads; `desk:managers` carries only their numbers and a version, which moves
 * with every committed change of what the desk shows. The queue is fetched when the page
 * opens and again whenever that version moves: live, without asking every few seconds.
 */
const [queue, setQueue] = createSignal<Queue>();
const [failed, setFailed] = createSignal(false);
let users = 0;
let inFlight: Promise<void> | undefined;
/** A change arrived while a fetch was under way: fetch once more when it is done. */
let again = false;
let dispose: (() => void) | undefined;

export { failed as queueFailed, queue };

export function refreshQueue(): Promise<void> {
  if (inFlight) {
    again = true;
    return inFlight;
  }
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
      if (again && users > 0) {
        again = false;
        void refreshQueue();
      }
    });
  return inFlight;
}

/** Keeps the queue fresh while the calling component lives (managers only). */
export function watchQueue(): void {
  if (isServer) return;
  users += 1;
  if (users === 1) {
    startDesk();
    void refreshQueue();
    dispose = createRoot((done) => {
      createEffect(
        on(
          () => deskCounts()?.version,
          // The first version too: a change between the page's fetch and the desk's first
          // sync would be missed otherwise.
          (version) => {
            if (version !== undefined) void refreshQueue();
          },
          { defer: true },
        ),
      );
      return done;
    });
  }
  onCleanup(() => {
    users -= 1;
    if (users === 0) {
      dispose?.();
      dispose = undefined;
      setQueue(undefined);
    }
  });
}
