import { For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FieldError, FormAlert, fieldAria, required, SubmitButton } from "../app/forms.tsx";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { type ProjectAnswer, postNews } from "./project-api.ts";
import "./messages.ts";

export function ProjectNews(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  let textarea: HTMLTextAreaElement | undefined;
  const { errors, alert, busy, submit } = createForm({ invalidAlert: false });
  const onSubmit = submit(() => {
    if (!textarea) return undefined;
    const input = textarea;
    const body = input.value.trim();
    const problem = required(body);
    if (problem) return { "news-body": problem };
    return async () => {
      const project = await postNews(props.answer.project.id, body);
      input.value = "";
      props.onSaved({ ...props.answer, project });
      announce(t("project.newsSent"));
    };
  });
  return (
    <section class="project-part" aria-labelledby="news-heading">
      <h2 id="news-heading">{t("project.news")}</h2>
      <Show when={props.answer.project.news.length > 0} fallback={<p>{t("project.noNews")}</p>}>
        <ol class="news-list">
          <For each={props.answer.project.news}>
            {(n) => (
              <li>
                <p class="news-meta">
                  <span class="news-author">{n.authorName}</span>
                  {" · "}
                  <time datetime={n.createdAt} title={formatDateTime(n.createdAt)}>
                    {formatWhen(n.createdAt)}
                  </time>
                </p>
                <p class="news-body">{n.body}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.answer.canEdit}>
        <form class="form" novalidate onSubmit={onSubmit}>
          <FormAlert message={alert()} />
          <div class="field">
            <label for="news-body">{t("project.newsField")}</label>
            <textarea
              ref={textarea}
              id="news-body"
              rows={3}
              maxLength={1000}
              {...fieldAria("news-body", errors())}
            />
            <FieldError field="news-body" errors={errors()} />
          </div>
          <SubmitButton busy={busy()} label={t("project.newsSubmit")} />
        </form>
      </Show>
    </section>
  );
}
