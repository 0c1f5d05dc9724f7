import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { ApiError } from "../api/client.ts";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  emailFormat,
  FieldError,
  FormAlert,
  fieldAria,
  formErrorText,
  required,
  SubmitButton,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { t } from "../i18n/i18n.ts";
import "../password/messages.ts";
import { EmailField } from "./EmailField.tsx";
import { logIn, loginHref, safeNext } from "./session.ts";

export default function LoginPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(typeof search.next === "string" ? search.next : null);
  const { errors, alert, busy, submit } = createForm({
    alertFor: (error) =>
      error instanceof ApiError && error.code === "unauthenticated"
        ? t("auth.login.wrong")
        : formErrorText(error),
  });

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    const found = compact({
      email: required(email) ?? emailFormat(email),
      password: required(password),
    });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      await logIn({ email, password });
      navigate(next(), { replace: true });
    };
  });

  return (
    <>
      <PageHeading text={t("auth.login.title")} />
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <EmailField errors={errors()} />
        <div class="field">
          <label for="password">{t("auth.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            {...fieldAria("password", errors())}
          />
          <FieldError field="password" errors={errors()} />
          <p class="hint">
            <A href="/reset" class="target-link">
              {t("password.forgot.link")}
            </A>
          </p>
        </div>
        <SubmitButton busy={busy()} label={t("auth.login.submit")} />
      </form>
      <p>
        {t("auth.login.noAccount")} <A href={loginHref(next(), "signup")}>{t("nav.signup")}</A>
      </p>
    </>
  );
}
