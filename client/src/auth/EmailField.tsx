import { FieldError, type FieldErrors, fieldAria } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";

/** The e-mail field of login and signup: no autocorrect or capitals, the address keyboard. */
export function EmailField(props: { errors: FieldErrors }) {
  return (
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
        {...fieldAria("email", props.errors)}
      />
      <FieldError field="email" errors={props.errors} />
    </div>
  );
}
