import type { Office } from "@quer/shared";
import { OFFICE_NAME_MAX } from "@quer/shared/office/limits";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FieldError, FormAlert, fieldAria, hintId, SubmitButton, serverFieldErrors } from "../app/forms.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { officeChanged } from "./office.ts";
import { saveOffice } from "./office-api.ts";
import "./messages.ts";

const FIELD = "office-name";

/** The office's name: one line, as the office writes it. */
export function NameForm(props: { office: Office }) {
  let input: HTMLInputElement | undefined;
  const { errors, alert, busy, submit } = createForm({
    errorsFor: (error) => {
      const issues = serverFieldErrors(error, locale());
      return issues.name ? { [FIELD]: issues.name } : {};
    },
  });

  const onSubmit = submit(() => {
    const name = (input?.value ?? "").replace(/\s+/g, " ").trim();
    if (!name) return { [FIELD]: { text: t("office.name.empty") } };
    if (name.length > OFFICE_NAME_MAX)
      return { [FIELD]: { text: t("office.name.tooLong", { max: OFFICE_NAME_MAX }) } };
    return async () => {
      const saved = await saveOffice({ name });
      officeChanged(saved);
      announce(t("office.name.saved", { name: saved.name }));
    };
  });

  return (
    <section aria-labelledby="office-name-heading" class="manage-section">
      <h2 id="office-name-heading">{t("office.name.heading")}</h2>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for={FIELD}>{t("office.name.label")}</label>
          <p class="hint" id={hintId(FIELD)}>
            {t("office.name.hint", { max: OFFICE_NAME_MAX })}
          </p>
          <input
            ref={input}
            id={FIELD}
            name="name"
            type="text"
            autocomplete="organization"
            maxLength={OFFICE_NAME_MAX + 20}
            value={props.office.name}
            {...fieldAria(FIELD, errors(), true)}
          />
          <FieldError field={FIELD} errors={errors()} />
        </div>
        <SubmitButton busy={busy()} label={t("office.name.save")} />
      </form>
    </section>
  );
}
