import type { FeedbackNotice as FeedbackNoticeData, IdeaStatus, Notice } from "@quer/shared";
import { A } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, Match, on, Show, Switch } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert, formErrorText, SubmitButton } from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { loginHref, user } from "../auth/session.ts";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { statusLabel } from "../ideas/labels.ts";
import { unread } from "./inbox.ts";
import {
  type EmailNotices,
  emailNoticeChoices,
  fetchNoticePrefs,
  fetchNotices,
  markRead,
  saveNoticePrefs,
} from "./notifications-api.ts";
import "./messages.ts";
import { EmptyState } from "../look/EmptyState.tsx";

export default function NotificationsPage() {
  return (
    <>
      <PageHeading text={t("notifications.title")} />
      <Switch>
        <Match when={user() === undefined}>
          <p class="loading">{t("app.loading")}</p>
        </Match>
        <Match when={user() === null}>
          <p>{t("notifications.signIn")}</p>
          <p>
            <A href={loginHref("/notifications")}>{t("nav.login")}</A>
          </p>
        </Match>
        <Match when={user()}>
          <Notices />
          <EmailSettings />
        </Match>
      </Switch>
    </>
  );
}

function Notices() {
  const [answer, { refetch }] = createResource(fetchNotices);
  const data = () => (answer.error ? undefined : answer.latest);
  const [failure, setFailure] = createSignal<string>();
  // The live count changes when a notice arrives or is read in another tab.
  createEffect(on(unread, () => void refetch(), { defer: true }));

  async function readAll() {
    setFailure(undefined);
    try {
      await markRead();
      announce(t("notifications.allRead"));
      await refetch();
    } catch (error) {
      setFailure(formErrorText(error));
    }
  }

  return (
    <section aria-labelledby="notices-heading" class="desk-section">
      <h2 id="notices-heading">{t("notifications.list")}</h2>
      <Show when={answer.error}>
        <p role="alert">{errorText(answer.error as ApiError)}</p>
      </Show>
      <FormAlert message={failure()} />
      <Show
        when={data()}
        fallback={
          <Show when={!answer.error}>
            <p class="loading">{t("app.loading")}</p>
          </Show>
        }
      >
        {(d) => (
          <>
            <Show when={d().unread > 0}>
              <p>
                <button type="button" class="button" onClick={readAll}>
                  {t("notifications.markAll")}
                </button>
              </p>
            </Show>
            <Show
              when={d().notices.length > 0}
              fallback={
                <EmptyState pictogram="bell" text={t("notifications.empty")}>
                  <p>{t("notifications.emptyNext")}</p>
                </EmptyState>
              }
            >
              <ul class="desk-list notices">
                <For each={d().notices}>
                  {(n) => (
                    <li class="desk-card notice" classList={{ unread: !n.read }}>
                      <Show
                        when={n.kind === "feedback" ? n.feedback : undefined}
                        fallback={<IdeaNotice notice={n} />}
                      >
                        {(f) => <FeedbackNotice notice={n} feedback={f()} />}
                      </Show>
                      <p class="desk-meta">
                        <time datetime={n.createdAt} title={formatDateTime(n.createdAt)}>
                          {formatWhen(n.createdAt)}
                        </time>
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

/** What became of an idea: a new status, a project, an approval. */
function IdeaNotice(props: { notice: Notice }) {
  const n = props.notice;
  return (
    <>
      <p class="notice-title">
        <Show when={!n.read}>
          <span class="badge badge-new">{t("notifications.new")}</span>{" "}
        </Show>
        <Show when={n.ideaId} fallback={<strong>{n.title}</strong>}>
          {(id) => (
            <A href={`/ideas/${id()}`}>
              <strong>{n.title}</strong>
            </A>
          )}
        </Show>
      </p>
      <Show
        when={n.kind === "project" ? n.projectId : undefined}
        fallback={
          <p>
            {n.kind === "approved"
              ? t("notifications.approved")
              : t("notifications.statusChanged", {
                  status: statusLabel(n.status as IdeaStatus),
                })}
          </p>
        }
      >
        {(projectId) => (
          <p>
            {t("notifications.becameProject")}{" "}
            <A href={`/projects/${projectId()}`}>{t("notifications.toProject")}</A>
          </p>
        )}
      </Show>
      <Show when={n.reason}>{(r) => <p>{t("idea.reason", { reason: r() })}</p>}</Show>
    </>
  );
}

/**
 * A message from the accessibility statement's form, for managers: the sender's words
 * as written (line breaks kept), the page it is about and where to answer.
 */
function FeedbackNotice(props: { notice: Notice; feedback: FeedbackNoticeData }) {
  const f = props.feedback;
  return (
    <>
      <p class="notice-title">
        <Show when={!props.notice.read}>
          <span class="badge badge-new">{t("notifications.new")}</span>{" "}
        </Show>
        <strong>{t("notifications.feedback.title")}</strong>
      </p>
      <p class="notice-message">{f.message}</p>
      <Show when={f.page}>
        {(page) => (
          <p>
            {t("notifications.feedback.page")} <a href={page()}>{page()}</a>
          </p>
        )}
      </Show>
      <Show when={f.replyTo} fallback={<p>{t("notifications.feedback.noReply")}</p>}>
        {(address) => (
          <p>
            {t("notifications.feedback.replyTo")} <a href={`mailto:${address()}`}>{address()}</a>
          </p>
        )}
      </Show>
      <p>
        {f.from ? t("notifications.feedback.from", { name: f.from }) : t("notifications.feedback.anonymous")}
      </p>
    </>
  );
}

const choiceKeys = {
  off: "notifications.email.off",
  immediate: "notifications.email.immediate",
  daily: "notifications.email.daily",
} as const;

function EmailSettings() {
  const [prefs, { mutate }] = createResource(fetchNoticePrefs);
  const current = () => (prefs.error ? undefined : prefs.latest);
  const { alert, busy, submit } = createForm();
  const save = submit((form) => {
    const choice = String(new FormData(form).get("emailNotices") ?? "off") as EmailNotices;
    return async () => {
      mutate(await saveNoticePrefs(choice));
      announce(t("notifications.email.saved"));
    };
  });

  return (
    <section aria-labelledby="email-heading" class="desk-section">
      <h2 id="email-heading">{t("notifications.email.heading")}</h2>
      <Show
        when={current()}
        fallback={
          <Show when={!prefs.error}>
            <p class="loading">{t("app.loading")}</p>
          </Show>
        }
      >
        {(p) => (
          <form class="form" onSubmit={save}>
            <FormAlert message={alert()} />
            <Show when={!p().hasEmail}>
              <p>{t("notifications.email.noAddress")}</p>
            </Show>
            <fieldset class="field choice">
              <legend>{t("notifications.email.legend")}</legend>
              <For each={emailNoticeChoices}>
                {(choice) => (
                  <div class="choice-item">
                    <input
                      id={`notices-${choice}`}
                      type="radio"
                      name="emailNotices"
                      value={choice}
                      checked={p().emailNotices === choice}
                      disabled={!p().hasEmail && choice !== "off"}
                    />
                    <label for={`notices-${choice}`}>{t(choiceKeys[choice])}</label>
                  </div>
                )}
              </For>
            </fieldset>
            <SubmitButton busy={busy()} label={t("notifications.email.submit")} />
          </form>
        )}
      </Show>
    </section>
  );
}
