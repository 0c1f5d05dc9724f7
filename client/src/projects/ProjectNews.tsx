import { createSignal, For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import {
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  formErrorText,
  required,
} from "../app/forms.tsx";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { type ProjectAnswer, postNews } from "./project-api.ts";

export function ProjectNews(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let textarea: HTMLTextAreaElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!textarea || busy()) return;
    const body = textarea.value.trim();
    const problem = required(body);
    setErrors(problem ? { "news-body": problem } : {});
    if (problem) {
      textarea.focus();
      return;
    }
    setBusy(true);
    setAlert(undefined);
    try {
      const project = await postNews(props.answer.project.id, body);
      textarea.value = "";
      props.onSaved({ ...props.answer, project });
      announce(t("project.newsSent"));
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };
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
        <form class="form" novalidate onSubmit={submit}>
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
          <button type="submit" class="button button-primary" aria-disabled={busy()}>
            {busy() ? t("auth.busy") : t("project.newsSubmit")}
          </button>
        </form>
      </Show>
    </section>
  );
}
