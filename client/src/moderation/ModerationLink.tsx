import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { queueCount, watchQueue } from "./queue-state.ts";

/** The manager's way to the desk, with the number of open items in the queue. */
export function ModerationLink() {
  watchQueue();
  return (
    <A href="/moderation">
      {t("moderation.nav.link")}
      <Show when={queueCount() > 0}>
        {" "}
        <span class="count-badge" aria-hidden="true">
          {queueCount()}
        </span>
        <span class="visually-hidden">({tn("moderation.nav.open", queueCount())})</span>
      </Show>
    </A>
  );
}
