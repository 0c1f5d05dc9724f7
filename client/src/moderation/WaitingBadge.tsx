import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { may } from "../auth/may.ts";
import { t, tn } from "../i18n/i18n.ts";
import { deskCounts, startDesk } from "./desk-state.ts";

/**
 * For those at the desk: how many posts wait for the office's answer, live, as a link to
 * them, as an item of the header's list. Nothing for everyone else, and nothing while
 * none wait.
 */
export function WaitingBadge() {
  startDesk();
  const waiting = () => deskCounts()?.waiting ?? 0;
  return (
    <Show when={may("moderation.desk", null) && waiting() > 0}>
      <li>
        <A href="/moderation/waiting" class="waiting-badge">
          {t("moderation.nav.waitingShort")}{" "}
          <span class="count-badge" aria-hidden="true">
            {waiting()}
          </span>
          <span class="visually-hidden">({tn("moderation.waiting.count", waiting())})</span>
        </A>
      </li>
    </Show>
  );
}
