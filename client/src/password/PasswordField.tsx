import { createSignal, Show } from "solid-js";
import {
  FieldError,
  type FieldErrors,
  type FieldMessage,
  fieldAria,
  hintId,
  maxLength,
  minLength,
} from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import "./messages.ts";
import "./password.css";

/**
 * A password input with a toggle that shows what was typed: one field instead of typing
 * it twice, easier on a phone and for people who type slowly.
 */
export function PasswordField(props: {
  name: string;
  label: string;
  autocomplete: "new-password" | "current-password";
  errors: FieldErrors;
  hint?: string;
}) {
  const [shown, setShown] = createSignal(false);
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <Show when={props.hint}>
        <p id={hintId(props.name)} class="hint">
          {props.hint}
        </p>
      </Show>
      <div class="password-input">
        <input
          id={props.name}
          name={props.name}
          type={shown() ? "text" : "password"}
          autocomplete={props.autocomplete}
          autocapitalize="none"
          spellcheck={false}
          {...fieldAria(props.name, props.errors, !!props.hint)}
        />
        <button
          type="button"
          class="button"
          aria-controls={props.name}
          aria-pressed={shown()}
          onClick={() => setShown(!shown())}
        >
          {t("password.show")}
        </button>
      </div>
      <FieldError field={props.name} errors={props.errors} />
    </div>
  );
}

// The same bounds as the shared schema; the server checks again.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** The local check of a new password: the registration's bounds. */
export function newPasswordProblem(value: string): FieldMessage | undefined {
  if (value.length < PASSWORD_MIN) return minLength(value, PASSWORD_MIN);
  return value.length > PASSWORD_MAX ? maxLength(value, PASSWORD_MAX) : undefined;
}
