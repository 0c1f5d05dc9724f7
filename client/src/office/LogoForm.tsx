import type { Office } from "@quer/shared";
import { isLogoType, LOGO_ALT_MAX, LOGO_MAX_BYTES, LOGO_TYPES } from "@quer/shared/office/limits";
import { createSignal, onCleanup, Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  formErrorText,
  hintId,
  SubmitButton,
} from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { officeChanged } from "./office.ts";
import { removeLogo, saveOffice, uploadLogo } from "./office-api.ts";
import "./messages.ts";

const FILE = "office-logo-file";
const ALT = "office-logo-alt";
const MAX_KB = LOGO_MAX_BYTES / 1024;

/** A refusal of the picture in the reader's language; the rest as every form words it. */
function pictureProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === "too_large") return t("office.logo.tooLarge", { max: MAX_KB });
  if (error.code === "unsupported_type") return t("office.logo.wrongType");
  return undefined;
}

/**
 * The logo: a PNG, JPEG or WebP picture with a description for people who do not see it.
 * A chosen file is shown before it is saved; the description is needed whenever there is
 * a logo.
 */
export function LogoForm(props: { office: Office }) {
  let fileInput: HTMLInputElement | undefined;
  let altInput: HTMLInputElement | undefined;
  const [file, setFile] = createSignal<File>();
  const [preview, setPreview] = createSignal<string>();
  const [removing, setRemoving] = createSignal(false);
  const { errors, setErrors, alert, setAlert, busy, submit, run } = createForm({
    alertFor: (error) => pictureProblem(error) ?? formErrorText(error),
    errorsFor: (error): FieldErrors => {
      const problem = pictureProblem(error);
      if (problem) return { [FILE]: { text: problem } };
      const issues = error instanceof ApiError ? error.fieldMessages() : {};
      return issues.logoAlt ? { [ALT]: { text: t("office.logo.altMissing") } } : {};
    },
  });

  const showPreview = (next: File | undefined) => {
    const old = preview();
    if (old) URL.revokeObjectURL(old);
    setPreview(next ? URL.createObjectURL(next) : undefined);
  };
  onCleanup(() => showPreview(undefined));

  /** Checked as soon as a file is chosen, so the person hears at once what is wrong. */
  const fileProblem = (chosen: File) =>
    !isLogoType(chosen.type)
      ? { text: t("office.logo.wrongType") }
      : chosen.size > LOGO_MAX_BYTES
        ? { text: t("office.logo.tooLarge", { max: MAX_KB }) }
        : undefined;

  const onChoose = () => {
    const chosen = fileInput?.files?.[0];
    setAlert(undefined);
    const problem = chosen && fileProblem(chosen);
    setErrors(compact({ ...errors(), [FILE]: problem }));
    setFile(chosen && !problem ? chosen : undefined);
    showPreview(chosen && !problem ? chosen : undefined);
  };

  const onSubmit = submit(() => {
    const chosen = file();
    const alt = (altInput?.value ?? "").replace(/\s+/g, " ").trim();
    const problems = compact({
      [FILE]:
        !chosen && !props.office.logo ? { text: t("office.logo.noFile") } : chosen && fileProblem(chosen),
      [ALT]: alt ? undefined : { text: t("office.logo.altMissing") },
    });
    if (Object.keys(problems).length) return problems;
    return async () => {
      // The description first: the new logo is never shown without one.
      let saved = await saveOffice({ logoAlt: alt });
      if (chosen) saved = await uploadLogo(chosen);
      officeChanged(saved);
      if (fileInput) fileInput.value = "";
      setFile(undefined);
      showPreview(undefined);
      announce(chosen ? t("office.logo.saved") : t("office.logo.altSaved"));
    };
  });

  const onRemove = () =>
    run(async () => {
      setRemoving(true);
      try {
        officeChanged(await removeLogo());
        setErrors({});
        announce(t("office.logo.removed"));
        // The button is gone; the file field is where a new logo starts.
        queueMicrotask(() => fileInput?.focus());
      } finally {
        setRemoving(false);
      }
    });

  return (
    <section aria-labelledby="office-logo-heading" class="manage-section">
      <h2 id="office-logo-heading">{t("office.logo.heading")}</h2>
      <Show when={props.office.logo} fallback={<p>{t("office.logo.none")}</p>}>
        {(logo) => (
          <div class="office-logo-current">
            <p>{t("office.logo.current")}</p>
            <img src={logo().url} alt={logo().alt} class="office-logo-large" />
            <button type="button" class="button" aria-disabled={busy()} onClick={onRemove}>
              {removing() ? t("office.busy") : t("office.logo.removeButton")}
            </button>
          </div>
        )}
      </Show>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for={FILE}>{t("office.logo.file")}</label>
          <p class="hint" id={hintId(FILE)}>
            {t("office.logo.fileHint", { max: MAX_KB })}
          </p>
          <input
            ref={fileInput}
            id={FILE}
            type="file"
            class="office-file"
            accept={LOGO_TYPES.join(",")}
            onChange={onChoose}
            {...fieldAria(FILE, errors(), true)}
          />
          <FieldError field={FILE} errors={errors()} />
        </div>
        <Show when={preview()}>
          {(url) => (
            <div class="office-logo-preview">
              <p>{t("office.logo.preview")}</p>
              <img src={url()} alt={file()?.name ?? ""} class="office-logo-large" />
            </div>
          )}
        </Show>
        <div class="field">
          <label for={ALT}>{t("office.logo.alt")}</label>
          <p class="hint" id={hintId(ALT)}>
            {t("office.logo.altHint")}
          </p>
          <input
            ref={altInput}
            id={ALT}
            type="text"
            maxLength={LOGO_ALT_MAX}
            value={props.office.logo?.alt ?? ""}
            {...fieldAria(ALT, errors(), true)}
          />
          <FieldError field={ALT} errors={errors()} />
        </div>
        <SubmitButton
          busy={busy() && !removing()}
          label={file() || !props.office.logo ? t("office.logo.save") : t("office.logo.saveAlt")}
        />
      </form>
    </section>
  );
}
