import { createResource, For, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { formatDateTime } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { ModerationPage } from "./ModerationPage.tsx";
import { fetchOutbox } from "./moderation-api.ts";
import "./messages.ts";

export default function OutboxPage() {
  return (
    <ModerationPage title={t("moderation.outbox.title")}>
      <Outbox />
    </ModerationPage>
  );
}

function Outbox() {
  const [outbox, { refetch }] = createResource(fetchOutbox);
  const data = () => (outbox.error ? undefined : outbox.latest);
  return (
    <>
      <Show when={outbox.error}>
        <p role="alert">{errorText(outbox.error as ApiError)}</p>
      </Show>
      <Show
        when={data()}
        fallback={
          <Show when={!outbox.error}>
            <p class="loading">{t("app.loading")}</p>
          </Show>
        }
      >
        {(d) => (
          <>
            <p class="lead">{d().smtp ? t("moderation.outbox.smtp") : t("moderation.outbox.noSmtp")}</p>
            <p>
              <button type="button" class="button" onClick={() => void refetch()}>
                {t("moderation.outbox.refresh")}
              </button>
            </p>
            <Show when={d().mails.length > 0} fallback={<p>{t("moderation.outbox.empty")}</p>}>
              <ul class="desk-list">
                <For each={d().mails}>
                  {(mail) => (
                    <li>
                      <article class="desk-card mail" aria-labelledby={`mail-${mail.id}`}>
                        <h2 id={`mail-${mail.id}`} class="mail-subject">
                          {mail.subject}
                        </h2>
                        <dl class="mail-head">
                          <dt>{t("moderation.outbox.to")}</dt>
                          <dd>{mail.to}</dd>
                          <dt>{t("moderation.outbox.created")}</dt>
                          <dd>
                            <time datetime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
                          </dd>
                          <dt>{t("moderation.outbox.state")}</dt>
                          <dd>
                            <Show
                              when={mail.sentAt}
                              fallback={
                                mail.lastError
                                  ? t("moderation.outbox.failed", { error: mail.lastError })
                                  : t("moderation.outbox.waiting")
                              }
                            >
                              {(at) => t("moderation.outbox.sent", { at: formatDateTime(at()) })}
                            </Show>
                          </dd>
                        </dl>
                        <pre class="mail-text">{mail.text}</pre>
                      </article>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
