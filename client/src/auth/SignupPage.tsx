import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal } from "solid-js";
import { ApiError } from "../api/client.ts";
import {
  compact,
  emailFormat,
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  focusFirstError,
  formErrorText,
  hintId,
  maxLength,
  minLength,
  required,
  serverFieldErrors,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { loginHref, safeNext, signUp } from "./session.ts";

// The same bounds as the shared schema; the server checks again.
const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const NAME_MAX = 60;

export default function SignupPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = () => safeNext(typeof search.next === "string" ? search.next : null);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (busy() || !form) return;
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
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAlert(t("error.invalid"));
      focusFirstError(form);
      return;
    }
    setBusy(true);
    setAlert(undefined);
    try {
      await signUp({ name: name.trim(), email, password });
      navigate(next(), { replace: true });
    } catch (error) {
      const exists = error instanceof ApiError && error.code === "conflict";
      setAlert(exists ? t("auth.signup.exists") : formErrorText(error));
      setErrors(exists ? { email: { text: t("auth.signup.exists") } } : serverFieldErrors(error, locale()));
      focusFirstError(form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading text={t("auth.signup.title")} />
      <p class="lead">{t("auth.signup.intro")}</p>
      <form ref={form} class="form" novalidate onSubmit={submit}>
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
        <div class="field">
          <label for="email">{t("auth.email")}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            autocapitalize="none"
            spellcheck={false}
            {...fieldAria("email", errors())}
          />
          <FieldError field="email" errors={errors()} />
        </div>
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
        <button type="submit" class="button button-primary" aria-disabled={busy()}>
          {busy() ? t("auth.busy") : t("auth.signup.submit")}
        </button>
      </form>
      <p>
        {t("auth.signup.haveAccount")} <A href={loginHref(next())}>{t("nav.login")}</A>
      </p>
    </>
  );
}
