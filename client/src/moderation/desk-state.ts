import type { DeskCounts } from "@quer/shared/moderation/desk-doc";
import { createEffect, createRoot, createSignal, on } from "solid-js";
import { isServer } from "solid-js/web";
import { announce } from "../app/announcer.ts";
import { may } from "../auth/may.ts";
import { user } from "../auth/session.ts";
import { tn } from "../i18n/i18n.ts";

/**
 * The desk's counts, live from the server-written `desk:managers`, for whoever may work
 * at the desk. `undefined` until the first sync and for everyone else. Pages refetch
 * their lists when `version` moves; the header shows the numbers.
 */
const [counts, setCounts] = createSignal<DeskCounts>();

export { counts as deskCounts };

/** Open items of the queue: pending posts plus reported targets. */
export const openCount = () => {
  const c = counts();
  return c ? c.pending + c.reports : 0;
};

let started = false;

/** Follows sign-in, sign-out and the desk right: one desk document while it is theirs. */
export function startDesk(): void {
  // The server's render shows the header without counts; the browser opens the desk.
  if (started || isServer) return;
  started = true;
  createRoot(() => {
    let round = 0;
    let stop: (() => void) | undefined;
    const open = async (mine: number) => {
      const { openDesk } = await import("./desk-doc.ts");
      if (mine !== round) return;
      stop = openDesk({
        onCounts: (next, fromSync) => {
          const before = counts();
          setCounts(next);
          // A change while connected is news; the numbers found on arrival are not.
          if (!fromSync && before !== undefined && next.waiting !== before.waiting)
            announce(tn("moderation.waiting.count", next.waiting));
        },
        onReset: () => {
          // The server rebuilt the document: start again with an empty copy.
          stop?.();
          stop = undefined;
          if (mine === round) void open(mine);
        },
      });
    };
    createEffect(
      on(
        () => (may("moderation.desk", null) ? user()?.id : undefined),
        (id) => {
          round += 1;
          stop?.();
          stop = undefined;
          setCounts(undefined);
          if (id) void open(round);
        },
      ),
    );
  });
}
