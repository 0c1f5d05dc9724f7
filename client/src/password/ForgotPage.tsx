import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createForm } from "../app/create-form.ts";
import { compact, emailFormat, FormAlert, required, SubmitButton } from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { EmailField } from "../auth/EmailField.tsx";
import { t } from "../i18n/i18n.ts";
import { requestReset } from "./password-api.ts";
import "./messages.ts";
import "./password.css";

/** "Passwort vergessen": asks for a reset link; the answer never tells whether the account exists. */
export default function ForgotPage() {
  const [sentTo, setSentTo] = createSignal<string>();
  const { errors, alert, busy, submit } = createForm();
  let result: HTMLHeadingElement | undefined;

  const onSubmit = submit((form) => {
    const email = String(new FormData(form).get("email") ?? "").trim();
    const found = compact({ email: required(email) ?? emailFormat(email) });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      await requestReset({ email });
      setSentTo(email);
      queueMicrotask(() => result?.focus());
    };
  });

  const again = () => {
    setSentTo(undefined);
    queueMicrotask(() => document.getElementById("email")?.focus());
  };

  return (
    <>
      <PageHeading text={t("password.forgot.title")} />
      <Show
        when={sentTo()}
        fallback={
          <>
            <p class="lead">{t("password.forgot.intro")}</p>
            <form class="form" novalidate onSubmit={onSubmit}>
              <FormAlert message={alert()} />
              <EmailField errors={errors()} />
              <SubmitButton busy={busy()} label={t("password.forgot.submit")} />
            </form>
          </>
        }
      >
        {(email) => (
          <section class="password-result" aria-labelledby="reset-sent-heading">
            <h2 id="reset-sent-heading" ref={result} tabIndex={-1}>
              {t("password.forgot.sentHeading")}
            </h2>
            <p>{t("password.forgot.sent", { email: email() })}</p>
            <p>{t("password.forgot.spam")}</p>
            <p>
              <button type="button" class="button" onClick={again}>
                {t("password.forgot.again")}
              </button>
            </p>
          </section>
        )}
      </Show>
      <p>
        <A href="/login">{t("password.reset.login")}</A>
      </p>
    </>
  );
}
