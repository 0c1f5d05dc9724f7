import { createSignal, type JSX, Show } from "solid-js";
import { createForm } from "../app/create-form.ts";
import { FieldError, FormAlert, fieldAria, required, SubmitButton } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";

/**
 * A button that opens a small form asking for a reason (hide, block, report). The
 * button says whether its form is open; cancelling (or Escape) or finishing gives focus back to it.
 */
export function ReasonAction(props: {
  id: string;
  button: JSX.Element;
  /** The thing acted on, so the button is distinguishable among many alike. */
  describedBy?: string;
  label: string;
  submit: string;
  hint?: string;
  optional?: boolean;
  primary?: boolean;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const [open, setOpen] = createSignal(false);
  const { errors, setErrors, alert, setAlert, busy, submit } = createForm({ invalidAlert: false });
  let button: HTMLButtonElement | undefined;
  let field: HTMLTextAreaElement | undefined;
  const fieldId = () => `${props.id}-reason`;

  const show = () => {
    setOpen(true);
    queueMicrotask(() => field?.focus());
  };
  const close = () => {
    setOpen(false);
    setErrors({});
    setAlert(undefined);
    queueMicrotask(() => button?.focus());
  };

  const onSubmit = submit(() => {
    const reason = field?.value.trim() ?? "";
    const missing = props.optional ? undefined : required(reason);
    if (missing) return { [fieldId()]: missing };
    return async () => {
      await props.onSubmit(reason);
      // The thing acted on may have left the page; if it stays, the button is back.
      setOpen(false);
      setErrors({});
      queueMicrotask(() => button?.isConnected && button.focus());
    };
  });

  return (
    <div class="reason-action">
      <button
        ref={button}
        type="button"
        class="button"
        aria-expanded={open()}
        aria-controls={open() ? `${props.id}-form` : undefined}
        aria-describedby={props.describedBy}
        onClick={() => (open() ? close() : show())}
      >
        {props.button}
      </button>
      <Show when={open()}>
        <form
          id={`${props.id}-form`}
          class="form reason-form"
          novalidate
          onSubmit={onSubmit}
          // Escape cancels, as it does in a dialog, and gives focus back to the button.
          onKeyDown={(e) => {
            if (e.key === "Escape" && !busy()) {
              e.preventDefault();
              close();
            }
          }}
        >
          <FormAlert message={alert()} />
          <div class="field">
            <label for={fieldId()}>
              {props.label}
              <Show when={props.optional}>
                {" "}
                <span class="optional">{t("field.optional")}</span>
              </Show>
            </label>
            <Show when={props.hint}>
              <p id={`${fieldId()}-hint`} class="hint">
                {props.hint}
              </p>
            </Show>
            <textarea
              ref={field}
              id={fieldId()}
              name="reason"
              rows={3}
              maxLength={1000}
              {...fieldAria(fieldId(), errors(), !!props.hint)}
            />
            <FieldError field={fieldId()} errors={errors()} />
          </div>
          <div class="form-actions">
            <SubmitButton busy={busy()} label={props.submit} />
            <button type="button" class="button" onClick={close}>
              {t("manage.cancel")}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
