import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import "../messages.ts";

/**
 * After the evening: thanks, and where to follow what becomes of the ideas. The results
 * of the whole workshop follow below (`children`), readable as long as the session lasts.
 */
export function ClosedScreen(props: { workshopId: string; children?: JSX.Element }) {
  return (
    <>
      <p class="ws-ended">{t("ws.phone.ended")}</p>
      <section class="ws-section" aria-labelledby="ws-follow-heading">
        <h2 id="ws-follow-heading">{t("ws.phone.followUp")}</h2>
        <p>{t("ws.phone.followUpText")}</p>
        <ul class="ws-links">
          <li>
            <A href={`/boards/${props.workshopId}`}>{t("ws.phone.followBoard")}</A>
          </li>
        </ul>
      </section>
      {props.children}
    </>
  );
}
