import { createEffect, createRoot, createSignal, on } from "solid-js";
import { isServer } from "solid-js/web";
import { announce } from "../app/announcer.ts";
import { user } from "../auth/session.ts";
import { tn } from "../i18n/i18n.ts";

/**
 * The signed-in person's unread count, live from the server-written `inbox:<userId>`.
 * `undefined` until the first sync, and while signed out.
 */
const [unread, setUnread] = createSignal<number>();

export { unread };

let started = false;

/** Follows sign-in and sign-out: one inbox document for whoever is signed in. */
export function startInbox(): void {
  // The server's render shows the bell without a count; the browser opens the inbox.
  if (started || isServer) return;
  started = true;
  createRoot(() => {
    let round = 0;
    let stop: (() => void) | undefined;
    const open = async (id: string, mine: number) => {
      const { openInbox } = await import("./inbox-doc.ts");
      if (mine !== round) return;
      stop = openInbox(id, {
        onCount: (next, fromSync) => {
          const before = unread();
          setUnread(next);
          // Only a rise while connected is news; the count found on arrival is not.
          if (!fromSync && before !== undefined && next > before) announce(tn("notifications.arrived", next));
        },
        onReset: () => {
          // The server rebuilt the document: start again with an empty copy.
          stop?.();
          stop = undefined;
          if (mine === round) void open(id, mine);
        },
      });
    };
    createEffect(
      on(
        () => user()?.id,
        (id) => {
          round += 1;
          stop?.();
          stop = undefined;
          setUnread(undefined);
          if (id) void open(id, round);
        },
      ),
    );
  });
}
