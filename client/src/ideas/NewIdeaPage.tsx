import type { IdeaKind } from "@quer/shared";
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN, ideaKinds } from "@quer/shared/ideas/rules";
import { A, useNavigate, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  FieldError,
  FormAlert,
  fieldAria,
  hintId,
  maxLength,
  minLength,
  SubmitButton,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { may } from "../auth/may.ts";
import { loginHref, user } from "../auth/session.ts";
import { fetchBoard } from "../boards/board-api.ts";
import { t } from "../i18n/i18n.ts";
import { Pictogram } from "../look/Pictogram.tsx";
import { postIdea } from "./idea-api.ts";
import { kindLabel } from "./labels.ts";
import type { PostedState } from "./PostedNote.tsx";

export default function NewIdeaPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const [answer] = createResource(
    () => params.id,
    (id) => fetchBoard(id, { first: 1 }),
  );
  const { errors, alert, busy, submit } = createForm();
  // Reading a failed resource throws; failures show through `answer.error`.
  const board = () => (answer.error ? undefined : answer());
  const boardPath = () => `/boards/${params.id}`;

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const title = String(data.get("title") ?? "");
    const body = String(data.get("body") ?? "");
    const kind = String(data.get("kind") ?? "idea") as IdeaKind;
    const category = String(data.get("category") ?? "");
    const found = compact({
      title: minLength(title, IDEA_TITLE_MIN) ?? maxLength(title, IDEA_TITLE_MAX),
      body: maxLength(body, IDEA_BODY_MAX),
    });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      const idea = await postIdea(params.id, {
        title: title.trim(),
        ...(body.trim() ? { body: body.trim() } : {}),
        kind,
        ...(category ? { category } : {}),
      });
      // The board shows the new post first, with a note on what happens next that takes
      // the focus (so it is read out); see PostedNote.
      const posted: PostedState = { id: idea.id, pending: idea.moderation === "pending" };
      navigate(boardPath(), { state: { posted } });
    };
  });

  return (
    <>
      <PageHeading text={t("post.title")} />
      <Show when={answer.error}>
        <p role="alert">{errorText(answer.error as ApiError)}</p>
      </Show>
      <Show when={board()}>
        {(a) => (
          <>
            <p class="lead">
              <A href={boardPath()} class="target-link">
                {a().board.title}
              </A>
            </p>
            <Show when={user() !== undefined}>
              <Show
                when={user()}
                fallback={
                  <p>
                    {t("post.signIn")} <A href={loginHref(`${boardPath()}/new`)}>{t("nav.login")}</A> ·{" "}
                    <A href={loginHref(`${boardPath()}/new`, "signup")}>{t("nav.signup")}</A>
                  </p>
                }
              >
                <Show when={a().board.postingOpen} fallback={<p>{t("board.postingClosed")}</p>}>
                  <p>{t("post.intro")}</p>
                  {/* Said before posting, not only after: on such a board nothing appears at once. */}
                  <Show when={a().board.moderation === "pre" && !may("moderation.desk", null)}>
                    <p class="premoderated-note">{t("post.preModerated")}</p>
                  </Show>
                  <form class="form" novalidate onSubmit={onSubmit}>
                    <FormAlert message={alert()} />
                    <div class="field">
                      <label for="title">{t("post.field.title")}</label>
                      <p id={hintId("title")} class="hint">
                        {t("post.field.title.hint")}
                      </p>
                      <input
                        id="title"
                        name="title"
                        type="text"
                        maxLength={IDEA_TITLE_MAX}
                        autocomplete="off"
                        {...fieldAria("title", errors(), true)}
                      />
                      <FieldError field="title" errors={errors()} />
                    </div>
                    <div class="field">
                      <label for="body">
                        {t("post.field.body")} <span class="optional">{t("field.optional")}</span>
                      </label>
                      <textarea id="body" name="body" rows={6} {...fieldAria("body", errors())} />
                      <FieldError field="body" errors={errors()} />
                    </div>
                    <fieldset class="field choice">
                      <legend>{t("post.field.kind")}</legend>
                      <For each={ideaKinds}>
                        {(kind) => (
                          <div class="choice-item">
                            <input
                              type="radio"
                              id={`kind-${kind}`}
                              name="kind"
                              value={kind}
                              checked={kind === "idea"}
                            />
                            <label for={`kind-${kind}`}>
                              <Pictogram name={kind} /> {kindLabel(kind)}
                            </label>
                          </div>
                        )}
                      </For>
                      <FieldError field="kind" errors={errors()} />
                    </fieldset>
                    <Show when={a().board.categories.length > 0}>
                      <div class="field">
                        <label for="category">
                          {t("post.field.category")} <span class="optional">{t("field.optional")}</span>
                        </label>
                        <select id="category" name="category" {...fieldAria("category", errors())}>
                          <option value="">{t("post.field.category.none")}</option>
                          <For each={a().board.categories}>{(c) => <option value={c}>{c}</option>}</For>
                        </select>
                        <FieldError field="category" errors={errors()} />
                      </div>
                    </Show>
                    <SubmitButton busy={busy()} label={t("post.submit")} />
                  </form>
                </Show>
              </Show>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
