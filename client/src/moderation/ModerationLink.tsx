import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { openCount, startDesk } from "./desk-state.ts";

/** The manager's way to the desk, with the number of open items in the queue, live. */
export function ModerationLink() {
  startDesk();
  return (
    <A href="/moderation">
      {t("moderation.nav.link")}
      <Show when={openCount() > 0}>
        {" "}
        <span class="count-badge" aria-hidden="true">
          {openCount()}
        </span>
        <span class="visually-hidden">({tn("moderation.nav.open", openCount())})</span>
      </Show>
    </A>
  );
}
