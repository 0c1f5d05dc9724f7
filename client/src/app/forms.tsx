import { Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { t } from "../i18n/i18n.ts";

/** A message next to a field; `lang` marks the server's German wording in other languages. */
export interface FieldMessage {
  text: string;
  lang?: string;
}
export type FieldErrors = Partial<Record<string, FieldMessage>>;

export const errorId = (field: string) => `${field}-error`;
export const hintId = (field: string) => `${field}-hint`;

/**
 * The ARIA wiring of one field: invalid state, and a description made of its hint and
 * its error, so a screen reader reads both when the field gets focus.
 */
export function fieldAria(field: string, errors: FieldErrors, hasHint = false) {
  const ids = [hasHint ? hintId(field) : "", errors[field] ? errorId(field) : ""].filter(Boolean);
  return {
    "aria-invalid": errors[field] ? ("true" as const) : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

export function FieldError(props: { field: string; errors: FieldErrors }) {
  return (
    <Show when={props.errors[props.field]}>
      {(message) => (
        <p id={errorId(props.field)} class="field-error" lang={message().lang}>
          {message().text}
        </p>
      )}
    </Show>
  );
}

/** The form-level message: a live alert, so it is read out when it appears. */
export function FormAlert(props: { message: string | undefined }) {
  return (
    <div role="alert" class="form-alert-slot">
      <Show when={props.message}>
        <p class="form-alert">{props.message}</p>
      </Show>
    </div>
  );
}

/** After a failed submit, focus goes to the first field that needs attention. */
export function focusFirstError(form: HTMLFormElement | undefined): void {
  queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** The `lang` a server message needs on this page (see `ApiError.langOn`). */
export function serverTextLang(error: ApiError, pageLang: string): string | undefined {
  return error.langOn(pageLang);
}

/** Field messages from a 400 answer, keyed by field name (the first path segment). */
export function serverFieldErrors(error: unknown, lang: string): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  const said = serverTextLang(error, lang);
  for (const [field, text] of Object.entries(error.fieldMessages())) {
    out[field] = said ? { text, lang: said } : { text };
  }
  return out;
}

export function formErrorText(error: unknown): string {
  return error instanceof ApiError ? errorText(error) : t("error.internal");
}

export const required = (value: string): FieldMessage | undefined =>
  value.trim() === "" ? { text: t("field.required") } : undefined;

export const minLength = (value: string, n: number): FieldMessage | undefined =>
  value.trim().length < n ? { text: t("field.minLength", { n }) } : undefined;

export const maxLength = (value: string, n: number): FieldMessage | undefined =>
  value.trim().length > n ? { text: t("field.maxLength", { n }) } : undefined;

/** Deliberately loose: the server has the final word; this only catches typos early. */
export const emailFormat = (value: string): FieldMessage | undefined =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : { text: t("field.email") };

/** Drops fields without a message, so `Object.keys` tells whether anything is wrong. */
export function compact(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) if (v) out[k] = v;
  return out;
}

/**
 * The form's main button. While sending it says so and is only aria-disabled, so it keeps
 * focus and stays in the tab order; `submit` ignores presses meanwhile.
 */
export function SubmitButton(props: { busy: boolean; label: string }) {
  return (
    <button type="submit" class="button button-primary" aria-disabled={props.busy}>
      {props.busy ? t("auth.busy") : props.label}
    </button>
  );
}
