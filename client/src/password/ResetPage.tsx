import { A, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { createForm } from "../app/create-form.ts";
import { compact, FormAlert, formErrorText, SubmitButton, serverFieldErrors } from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { newPasswordProblem, PasswordField } from "./PasswordField.tsx";
import { resetPassword } from "./password-api.ts";
import "./messages.ts";
import "./password.css";

/** The link of a reset mail's token: the server refused it as unknown, used or expired. */
const tokenRefused = (error: unknown) =>
  error instanceof ApiError && error.code === "invalid" && "token" in error.fieldMessages();

/**
 * The page a reset mail links to. It does not sign in: the person signs in with the new
 * password right after, which proves they have it and lets a password manager keep it,
 * and a link opened on someone else's device leaves no session there (decision 0030).
 */
export default function ResetPage() {
  const params = useParams<{ token: string }>();
  const [done, setDone] = createSignal(false);
  const [expired, setExpired] = createSignal(false);
  const { errors, alert, busy, submit } = createForm({
    alertFor: (error) => (tokenRefused(error) ? t("password.reset.invalid") : formErrorText(error)),
    errorsFor: (error) => (tokenRefused(error) ? {} : serverFieldErrors(error, locale())),
    focus: (form) => {
      const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
      // A refused link has no field to fix: the alert with the way out gets focus.
      queueMicrotask(() => (field ?? document.getElementById("reset-alert"))?.focus());
    },
  });
  let result: HTMLHeadingElement | undefined;

  const onSubmit = submit((form) => {
    const password = String(new FormData(form).get("password") ?? "");
    const found = compact({ password: newPasswordProblem(password) });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      try {
        await resetPassword({ token: params.token, password });
      } catch (error) {
        setExpired(tokenRefused(error));
        throw error;
      }
      setDone(true);
      queueMicrotask(() => result?.focus());
    };
  });

  return (
    <>
      <PageHeading text={t("password.reset.title")} />
      <Show
        when={done()}
        fallback={
          <>
            <p class="lead">{t("password.reset.intro")}</p>
            <form class="form" novalidate onSubmit={onSubmit}>
              <div id="reset-alert" tabIndex={-1}>
                <FormAlert message={alert()} />
              </div>
              <Show when={expired()}>
                <p class="form-link">
                  <A href="/reset">{t("password.reset.newLink")}</A>
                </p>
              </Show>
              <PasswordField
                name="password"
                label={t("password.new")}
                autocomplete="new-password"
                hint={t("auth.password.hint")}
                errors={errors()}
              />
              <SubmitButton busy={busy()} label={t("password.reset.submit")} />
            </form>
          </>
        }
      >
        <section class="password-result" aria-labelledby="reset-done-heading">
          <h2 id="reset-done-heading" ref={result} tabIndex={-1}>
            {t("password.reset.doneHeading")}
          </h2>
          <p>{t("password.reset.done")}</p>
          <p>
            <A class="button button-primary" href="/login">
              {t("password.reset.login")}
            </A>
          </p>
        </section>
      </Show>
    </>
  );
}
