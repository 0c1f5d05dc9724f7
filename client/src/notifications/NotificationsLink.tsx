import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { startInbox, unread } from "./inbox.ts";

/** The bell in the header: a link to the notices with the live unread count. */
export function NotificationsLink() {
  startInbox();
  return (
    <A href="/notifications" class="bell">
      <span class="bell-mark" aria-hidden="true" />
      {/* A phone's header shows the bell and the count; the word stays for screen readers. */}
      <span class="bell-word">{t("notifications.link")}</span>
      <Show when={(unread() ?? 0) > 0}>
        {" "}
        <span class="count-badge" aria-hidden="true">
          {unread()}
        </span>
        <span class="visually-hidden">({tn("notifications.unread", unread() ?? 0)})</span>
      </Show>
    </A>
  );
}
