import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { endSession, qrSrc, startSession } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** Starting and ending the session, its code and QR code, and the workshop's other views. */
export function SessionPanel(props: { f: Facilitation }) {
  const f = props.f;
  const active = () => f.session() !== undefined && f.session()?.active !== false;
  const start = () =>
    f.run("session", async () => {
      f.setSession(await startSession(f.id));
    });
  const end = () =>
    f.run(
      "session",
      async () => {
        await endSession(f.id);
        f.setSession((s) => (s ? { ...s, active: false } : s));
      },
      t("ws.fac.ended"),
    );
  return (
    <Panel id="ws-session" title={t("ws.fac.session")} alert={f.alert("session")}>
      <Show
        when={active()}
        fallback={
          <>
            <p>{f.session() ? t("ws.fac.ended") : t("ws.fac.notStarted")}</p>
            <button type="button" class="button button-primary" onClick={start}>
              {t("ws.fac.start")}
            </button>
          </>
        }
      >
        <div class="ws-join-info">
          <div>
            <p class="ws-code-line">{t("ws.fac.code", { code: f.session()?.display ?? "" })}</p>
            <p>
              {t("ws.fac.link")}: <a href={f.session()?.joinUrl}>{f.session()?.joinUrl}</a>
            </p>
          </div>
          <img class="ws-qr-small" src={qrSrc(f.id)} alt={t("ws.fac.qr")} width="160" height="160" />
        </div>
        <button type="button" class="button" onClick={end}>
          {t("ws.fac.end")}
        </button>
      </Show>
      <nav aria-label={t("ws.fac.links")}>
        <ul class="ws-links">
          <li>
            <a href={`/present/${f.id}`} target="_blank" rel="noopener">
              {t("ws.fac.present")}
            </a>
          </li>
          <li>
            <A href={`/workshop/${f.id}`}>{t("ws.fac.phone")}</A>
          </li>
          <li>
            <A href={`/workshop/${f.id}/results`}>{t("ws.fac.results")}</A>
          </li>
          <li>
            <A href={`/workshop/${f.id}/minutes`}>{t("ws.fac.minutes")}</A>
          </li>
        </ul>
      </nav>
    </Panel>
  );
}
