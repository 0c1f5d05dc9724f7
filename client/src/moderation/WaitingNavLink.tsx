import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { deskCounts, startDesk } from "./desk-state.ts";
import "./messages.ts";

/** The desk's link to the posts waiting for an answer, with their number, live. */
export function WaitingNavLink() {
  startDesk();
  const waiting = () => deskCounts()?.waiting ?? 0;
  return (
    <A href="/moderation/waiting">
      {t("moderation.nav.waiting")}
      <Show when={waiting() > 0}>
        {" "}
        <span class="count-badge" aria-hidden="true">
          {waiting()}
        </span>
        <span class="visually-hidden">({tn("moderation.waiting.count", waiting())})</span>
      </Show>
    </A>
  );
}
