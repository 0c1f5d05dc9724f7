import { FEEDBACK_MAX_CHARS, FEEDBACK_PAGE_MAX_CHARS } from "@quer/shared/feedback/limits";
import { useLocation } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  emailFormat,
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  hintId,
  maxLength,
  required,
  SubmitButton,
} from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { sendFeedback } from "./feedback-api.ts";
import "./messages.ts";

/** A path of this site, as the server's schema takes it. */
const PATH = /^\/(?!\/)[^\s\\]*$/;

/** The page a reader came from, when a link brought them here with `?seite=/…`. */
function pageFromQuery(search: string): string {
  const page = new URLSearchParams(search).get("seite") ?? "";
  return PATH.test(page) ? page : "";
}

/**
 * The feedback mechanism the statement promises: a message to the office, signed in or
 * not. After sending, the confirmation takes the form's place and focus, so a screen
 * reader hears it, and another message is one button away.
 */
export function FeedbackForm() {
  const location = useLocation();
  const [sent, setSent] = createSignal<{ replyTo: string } | undefined>();
  const { errors, alert, busy, submit } = createForm();
  let done: HTMLParagraphElement | undefined;

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const message = String(data.get("message") ?? "").trim();
    const page = String(data.get("page") ?? "").trim();
    const replyTo = String(data.get("replyTo") ?? "").trim();
    const found: FieldErrors = compact({
      message: required(message) ?? maxLength(message, FEEDBACK_MAX_CHARS),
      page:
        page && (!PATH.test(page) || page.length > FEEDBACK_PAGE_MAX_CHARS)
          ? { text: t("feedback.pageFormat") }
          : undefined,
      replyTo: replyTo ? emailFormat(replyTo) : undefined,
    });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      await sendFeedback({
        message,
        ...(page ? { page } : {}),
        ...(replyTo ? { replyTo } : {}),
      });
      setSent({ replyTo });
      queueMicrotask(() => done?.focus());
    };
  });

  const again = () => {
    setSent(undefined);
    queueMicrotask(() => document.getElementById("feedback-message")?.focus());
  };

  return (
    <section aria-labelledby="feedback-heading" class="feedback">
      <h3 id="feedback-heading">{t("feedback.heading")}</h3>
      <Show
        when={sent()}
        fallback={
          <form class="form" novalidate onSubmit={onSubmit}>
            <FormAlert message={alert()} />
            <div class="field">
              <label for="feedback-message">{t("feedback.message")}</label>
              <p id={hintId("message")} class="hint">
                {t("feedback.messageHint", { max: FEEDBACK_MAX_CHARS })}
              </p>
              <textarea
                id="feedback-message"
                name="message"
                rows={6}
                maxLength={FEEDBACK_MAX_CHARS}
                {...fieldAria("message", errors(), true)}
              />
              <FieldError field="message" errors={errors()} />
            </div>
            <div class="field">
              <label for="feedback-page">{t("feedback.page")}</label>
              <p id={hintId("page")} class="hint">
                {t("feedback.pageHint")}
              </p>
              <input
                id="feedback-page"
                name="page"
                type="text"
                autocapitalize="none"
                spellcheck={false}
                maxLength={FEEDBACK_PAGE_MAX_CHARS}
                value={pageFromQuery(location.search)}
                {...fieldAria("page", errors(), true)}
              />
              <FieldError field="page" errors={errors()} />
            </div>
            <div class="field">
              <label for="feedback-replyTo">{t("feedback.replyTo")}</label>
              <p id={hintId("replyTo")} class="hint">
                {t("feedback.replyToHint")}
              </p>
              <input
                id="feedback-replyTo"
                name="replyTo"
                type="email"
                autocomplete="email"
                inputmode="email"
                autocapitalize="none"
                spellcheck={false}
                {...fieldAria("replyTo", errors(), true)}
              />
              <FieldError field="replyTo" errors={errors()} />
            </div>
            <SubmitButton busy={busy()} label={t("feedback.submit")} />
          </form>
        }
      >
        {(s) => (
          <div class="feedback-sent">
            <p ref={done} tabIndex={-1}>
              <strong>{t("feedback.sent")}</strong>
            </p>
            <Show when={s().replyTo}>{(email) => <p>{t("feedback.sentReply", { email: email() })}</p>}</Show>
            <p>
              <button type="button" class="button" onClick={again}>
                {t("feedback.another")}
              </button>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
