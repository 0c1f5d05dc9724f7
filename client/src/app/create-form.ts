import { createSignal } from "solid-js";
import { locale, t } from "../i18n/i18n.ts";
import { type FieldErrors, focusFirstError, formErrorText, serverFieldErrors } from "./forms.tsx";

/**
 * What a form's `prepare` step decided, synchronously, before anything is sent:
 * - field errors with at least one entry: the local check failed;
 * - a string: nothing to send, show it as the form's alert (e.g. "nothing changed");
 * - a function: send it;
 * - `undefined` (or no field errors): nothing to do.
 */
export type Prepared = FieldErrors | string | (() => Promise<unknown>) | undefined;

export interface FormOptions {
  /** Small inline forms show only the field message when the local check fails. */
  invalidAlert?: boolean;
  /** The alert for a failed request; some forms word a known failure themselves. */
  alertFor?: (error: unknown) => string;
  /** Field messages for a failed request, keyed as this form's fields are. */
  errorsFor?: (error: unknown) => FieldErrors;
  /**
   * Where focus goes after a failed check or request. Defaults to the first invalid
   * field, so the user lands on what needs fixing.
   */
  focus?: (form: HTMLFormElement) => void;
}

/**
 * The state every form here shares (field errors, the form alert, a busy flag) and one
 * submit path, so validation, server errors and focus behave alike in all of them.
 */
export function createForm(options: FormOptions = {}) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const focus = options.focus ?? focusFirstError;

  /**
   * Sends one request at a time and words its failure in the alert. With the form, the
   * server's field messages are shown too and focus moves to them.
   */
  async function run(send: () => Promise<unknown>, form?: HTMLFormElement): Promise<void> {
    if (busy()) return;
    setBusy(true);
    setAlert(undefined);
    try {
      await send();
    } catch (error) {
      setAlert((options.alertFor ?? formErrorText)(error));
      if (!form) return;
      setErrors(options.errorsFor ? options.errorsFor(error) : serverFieldErrors(error, locale()));
      focus(form);
    } finally {
      setBusy(false);
    }
  }

  const submit =
    (prepare: (form: HTMLFormElement) => Prepared) =>
    async (e: SubmitEvent): Promise<void> => {
      e.preventDefault();
      // After the first await the event no longer knows its form.
      const form = e.currentTarget as HTMLFormElement;
      if (busy()) return;
      const step = prepare(form);
      if (step === undefined) return;
      if (typeof step === "object") {
        setErrors(step);
        if (Object.keys(step).length === 0) return;
        if (options.invalidAlert !== false) setAlert(t("error.invalid"));
        focus(form);
        return;
      }
      setErrors({});
      if (typeof step === "string") setAlert(step);
      else await run(step, form);
    };

  return { errors, setErrors, alert, setAlert, busy, submit, run };
}
