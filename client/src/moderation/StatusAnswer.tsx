import type { Idea, StatusContact } from "@quer/shared";
import { isSafeLink } from "@quer/shared/text/link";
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { formatDateTime } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { fetchIdea, type StatusStep } from "../ideas/idea-api.ts";
import { statusLabel } from "../ideas/labels.ts";
import "./messages.ts";

/** Where to turn with an idea the office forwarded: every way of reaching them that is known. */
export function ContactCard(props: { contact: StatusContact }) {
  return (
    <ul class="contact-card">
      <li>
        <strong>{props.contact.office}</strong>
      </li>
      <Show when={props.contact.person}>{(p) => <li>{p()}</li>}</Show>
      <Show when={props.contact.email}>
        {(mail) => (
          <li>
            {t("moderation.contact.email")}: <a href={`mailto:${mail()}`}>{mail()}</a>
          </li>
        )}
      </Show>
      <Show when={props.contact.phone}>
        {(phone) => (
          <li>
            {t("moderation.contact.phone")}: <a href={`tel:${phone().replace(/[^\d+]/g, "")}`}>{phone()}</a>
          </li>
        )}
      </Show>
      <Show when={props.contact.url}>
        {(url) => (
          <li>
            {t("moderation.contact.url")}:{" "}
            {/* The server refuses other schemes; what was stored before is shown, not linked. */}
            <Show when={isSafeLink(url())} fallback={url()}>
              <a href={url()}>{url()}</a>
            </Show>
          </li>
        )}
      </Show>
    </ul>
  );
}

/**
 * The office's public answer to an idea: the reason of its current status, whom to
 * contact when it was forwarded, and the idea it was merged into.
 */
export function StatusAnswer(props: { idea: Idea }) {
  const [target] = createResource(() => props.idea.mergedInto, fetchIdea);
  return (
    <>
      <Show when={props.idea.mergedInto}>
        {(into) => (
          <p class="merged-note">
            {t("moderation.merged.note")}{" "}
            <A href={`/ideas/${into()}`}>
              {(target.error ? undefined : target.latest)?.title ?? t("moderation.merged.target")}
            </A>
          </p>
        )}
      </Show>
      <Show when={props.idea.statusReason || props.idea.statusContact}>
        <div class="status-answer">
          <Show when={props.idea.statusReason}>{(r) => <p>{t("idea.reason", { reason: r() })}</p>}</Show>
          <Show when={props.idea.statusContact}>
            {(c) => (
              <>
                <p>
                  {props.idea.status === "forwarded"
                    ? t("moderation.contact.forwarded")
                    : t("moderation.contact.other")}
                </p>
                <ContactCard contact={c()} />
              </>
            )}
          </Show>
        </div>
      </Show>
    </>
  );
}

/** Every status the idea had, with its reason and contact, oldest first. */
export function StatusHistory(props: { steps: StatusStep[] | undefined }) {
  return (
    <Show when={(props.steps?.length ?? 0) > 0}>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("idea.history")}</h2>
        <ol class="history">
          <For each={props.steps}>
            {(step) => (
              <li>
                <time datetime={step.at}>{formatDateTime(step.at)}</time>:{" "}
                <Show when={step.projectId} fallback={statusLabel(step.status)}>
                  {(projectId) => (
                    <>
                      {t("moderation.history.becameProject")} –{" "}
                      <A href={`/projects/${projectId()}`}>{t("moderation.history.toProject")}</A>
                    </>
                  )}
                </Show>
                <Show when={step.reason}>{(r) => <> – {r()}</>}</Show>
                <Show when={step.contact}>{(c) => <> – {t("idea.contact", { office: c().office })}</>}</Show>
              </li>
            )}
          </For>
        </ol>
      </section>
    </Show>
  );
}
