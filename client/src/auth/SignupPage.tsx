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
  hintId,
  maxLength,
  minLength,
  required,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { EmailField } from "./EmailField.tsx";
import { loginHref, safeNext, signUp } from "./session.ts";

// The same bounds as the shared schema; the server checks again.
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const NAME_MAX = 60;

export default function SignupPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(typeof search.next === "string" ? search.next : null);
  const exists = (error: unknown) => error instanceof ApiError && error.code === "conflict";
  const { errors, alert, busy, submit } = createForm({
    alertFor: (error) => (exists(error) ? t("auth.signup.exists") : formErrorText(error)),
    errorsFor: (error) =>
      exists(error) ? { email: { text: t("auth.signup.exists") } } : serverFieldErrors(error, locale()),
  });

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const name = String(data.get("name") ?? "");
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    const found = compact({
      name: required(name) ?? maxLength(name, NAME_MAX),
      email: required(email) ?? emailFormat(email),
      password:
        password.length < PASSWORD_MIN
          ? minLength(password, PASSWORD_MIN)
          : password.length > PASSWORD_MAX
            ? maxLength(password, PASSWORD_MAX)
            : undefined,
    });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      await signUp({ name: name.trim(), email, password });
      navigate(next(), { replace: true });
    };
  });

  return (
    <>
      <PageHeading text={t("auth.signup.title")} />
      <p class="lead">{t("auth.signup.intro")}</p>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for="name">{t("auth.name")}</label>
          <p id={hintId("name")} class="hint">
            {t("auth.name.hint")}
          </p>
          <input
            id="name"
            name="name"
            type="text"
            autocomplete="nickname"
            maxLength={NAME_MAX}
            {...fieldAria("name", errors(), true)}
          />
          <FieldError field="name" errors={errors()} />
        </div>
        <EmailField errors={errors()} />
        <div class="field">
          <label for="password">{t("auth.password")}</label>
          <p id={hintId("password")} class="hint">
            {t("auth.password.hint")}
          </p>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            {...fieldAria("password", errors(), true)}
          />
          <FieldError field="password" errors={errors()} />
        </div>
        <SubmitButton busy={busy()} label={t("auth.signup.submit")} />
      </form>
      <p>
        {t("auth.signup.haveAccount")} <A href={loginHref(next())}>{t("nav.login")}</A>
      </p>
    </>
  );
}
