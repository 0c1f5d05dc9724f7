import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { may } from "../auth/may.ts";
import { t } from "../i18n/i18n.ts";
import "./messages.ts";

/** The way from the manage page to the office's name and logo. */
export function OfficeLink() {
  return (
    <Show when={may("office.manage", null)}>
      <section aria-labelledby="office-link-heading" class="manage-section">
        <h2 id="office-link-heading">{t("office.manageLink")}</h2>
        <p>
          <A href="/manage/office" class="target-link">
            {t("office.manageLinkText")}
          </A>
        </p>
      </section>
    </Show>
  );
}
