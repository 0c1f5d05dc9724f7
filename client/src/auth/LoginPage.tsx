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
  required,
  serverFieldErrors,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { logIn, loginHref, safeNext } from "./session.ts";

export default function LoginPage() {
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
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    const found = compact({
      email: required(email) ?? emailFormat(email),
      password: required(password),
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
      await logIn({ email, password });
      navigate(next(), { replace: true });
    } catch (error) {
      const wrong = error instanceof ApiError && error.code === "unauthenticated";
      setAlert(wrong ? t("auth.login.wrong") : formErrorText(error));
      setErrors(serverFieldErrors(error, locale()));
      focusFirstError(form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading text={t("auth.login.title")} />
      <form ref={form} class="form" novalidate onSubmit={submit}>
        <FormAlert message={alert()} />
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
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            {...fieldAria("password", errors())}
          />
          <FieldError field="password" errors={errors()} />
        </div>
        <button type="submit" class="button button-primary" aria-disabled={busy()}>
          {busy() ? t("auth.busy") : t("auth.login.submit")}
        </button>
      </form>
      <p>
        {t("auth.login.noAccount")} <A href={loginHref(next(), "signup")}>{t("nav.signup")}</A>
      </p>
    </>
  );
}
