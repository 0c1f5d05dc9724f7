import { createSignal, Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  type FieldErrors,
  FormAlert,
  formErrorText,
  required,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { newPasswordProblem, PasswordField } from "./PasswordField.tsx";
import { changePassword } from "./password-api.ts";
import "./messages.ts";
import "./password.css";

/** The server names the new password `password`; here its field is `new-password`. */
function renamed(errors: FieldErrors): FieldErrors {
  const { password, ...rest } = errors;
  return password ? { ...rest, "new-password": password } : rest;
}

const wrongCurrent = (error: unknown) => error instanceof ApiError && error.code === "unauthenticated";

/** "Passwort ändern" on the account page: this session stays, the others end. */
export function ChangePassword() {
  const [changed, setChanged] = createSignal(false);
  const { errors, alert, busy, submit } = createForm({
    alertFor: (error) => (wrongCurrent(error) ? t("password.change.wrong") : formErrorText(error)),
    errorsFor: (error) =>
      wrongCurrent(error)
        ? { current: { text: t("password.change.wrong") } }
        : renamed(serverFieldErrors(error, locale())),
  });

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const current = String(data.get("current") ?? "");
    const password = String(data.get("new-password") ?? "");
    setChanged(false);
    const found = compact({ current: required(current), "new-password": newPasswordProblem(password) });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      await changePassword({ current, password });
      form.reset();
      setChanged(true);
      announce(t("password.change.done"));
    };
  });

  return (
    <section aria-labelledby="password-heading" class="desk-section">
      <h2 id="password-heading">{t("password.change.heading")}</h2>
      <p>{t("password.change.text")}</p>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <Show when={changed()}>
          <p class="password-result">{t("password.change.done")}</p>
        </Show>
        <PasswordField
          name="current"
          label={t("password.change.current")}
          autocomplete="current-password"
          errors={errors()}
        />
        <PasswordField
          name="new-password"
          label={t("password.new")}
          autocomplete="new-password"
          hint={t("auth.password.hint")}
          errors={errors()}
        />
        <SubmitButton busy={busy()} label={t("password.change.submit")} />
      </form>
    </section>
  );
}
