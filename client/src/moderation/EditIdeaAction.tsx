import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN } from "@quer/shared/ideas/rules";
import { createSignal, Show } from "solid-js";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  FieldError,
  FormAlert,
  fieldAria,
  maxLength,
  minLength,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { editIdea, type ModeratedIdea } from "./moderation-api.ts";
import "./messages.ts";

/** The manager's correction of a post's title and text (e.g. removing a phone number). */
export function EditIdeaAction(props: {
  id: string;
  idea: { id: string; title: string; body: string };
  describedBy?: string;
  onDone: (idea: ModeratedIdea) => void;
}) {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  const titleId = () => `${props.id}-title`;
  const bodyId = () => `${props.id}-body`;
  const { errors, setErrors, alert, setAlert, busy, submit } = createForm({
    invalidAlert: false,
    errorsFor: (error) => {
      const server = serverFieldErrors(error, locale());
      return compact({ [titleId()]: server.title, [bodyId()]: server.body });
    },
  });

  const close = () => {
    setOpen(false);
    setErrors({});
    setAlert(undefined);
    queueMicrotask(() => button?.isConnected && button.focus());
  };

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const body = String(data.get("body") ?? "").trim();
    const found = compact({
      [titleId()]: minLength(title, IDEA_TITLE_MIN) ?? maxLength(title, IDEA_TITLE_MAX),
      [bodyId()]: maxLength(body, IDEA_BODY_MAX),
    });
    if (Object.keys(found).length > 0) return found;
    const change: { title?: string; body?: string } = {};
    if (title !== props.idea.title) change.title = title;
    if (body !== props.idea.body) change.body = body;
    if (Object.keys(change).length === 0) return t("manage.nothingChanged");
    return async () => {
      const idea = await editIdea(props.idea.id, change);
      close();
      props.onDone(idea);
    };
  });

  return (
    <div class="reason-action">
      <button
        ref={button}
        type="button"
        class="button"
        aria-expanded={open()}
        aria-controls={open() ? `${props.id}-form` : undefined}
        aria-describedby={props.describedBy}
        onClick={() => {
          if (open()) return close();
          setOpen(true);
          queueMicrotask(() => document.getElementById(titleId())?.focus());
        }}
      >
        {t("moderation.edit")}
      </button>
      <Show when={open()}>
        <form id={`${props.id}-form`} class="form reason-form" novalidate onSubmit={onSubmit}>
          <FormAlert message={alert()} />
          <div class="field">
            <label for={titleId()}>{t("post.field.title")}</label>
            <input
              id={titleId()}
              name="title"
              type="text"
              maxLength={IDEA_TITLE_MAX}
              value={props.idea.title}
              {...fieldAria(titleId(), errors())}
            />
            <FieldError field={titleId()} errors={errors()} />
          </div>
          <div class="field">
            <label for={bodyId()}>{t("post.field.body")}</label>
            <textarea
              id={bodyId()}
              name="body"
              rows={5}
              value={props.idea.body}
              {...fieldAria(bodyId(), errors())}
            />
            <FieldError field={bodyId()} errors={errors()} />
          </div>
          <div class="form-actions">
            <SubmitButton busy={busy()} label={t("manage.saveSubmit")} />
            <button type="button" class="button" onClick={close}>
              {t("manage.cancel")}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}

/** Opens or closes the comments under a post; a toggle whose name stays the same. */
export function LockCommentsButton(props: {
  idea: { id: string; commentsLocked?: boolean };
  describedBy?: string;
  onDone: (idea: ModeratedIdea) => void;
  onError: (error: unknown) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const locked = () => props.idea.commentsLocked === true;
  async function toggle() {
    if (busy()) return;
    setBusy(true);
    try {
      props.onDone(await editIdea(props.idea.id, { commentsLocked: !locked() }));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button
      type="button"
      class="button"
      aria-pressed={locked()}
      aria-describedby={props.describedBy}
      onClick={toggle}
    >
      {t("moderation.lockComments")}
    </button>
  );
}
