import type { Office } from "@quer/shared";
import { type Locale, localeNames, locales } from "@quer/shared/i18n/locales";
import { For } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert, SubmitButton } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { officeChanged } from "./office.ts";
import { saveOffice } from "./office-api.ts";
import "./messages.ts";

const FIELD = "office-locale";

/**
 * The office's language: mails to people who never chose their own, written in it. Each
 * language is named in itself, so whoever reads the list finds theirs.
 */
export function LocaleForm(props: { office: Office }) {
  let select: HTMLSelectElement | undefined;
  const { alert, busy, submit } = createForm();
  // A header remembered from before the office had a language has none: German then.
  const current = () => props.office.locale ?? "de";

  const onSubmit = submit(() => async () => {
    const chosen = (select?.value ?? current()) as Locale;
    const saved = await saveOffice({ locale: chosen });
    officeChanged(saved);
    announce(t("office.locale.saved", { language: localeNames[saved.locale] }));
  });

  return (
    <section aria-labelledby="office-locale-heading" class="manage-section">
      <h2 id="office-locale-heading">{t("office.locale.heading")}</h2>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for={FIELD}>{t("office.locale.label")}</label>
          <p class="hint" id={`${FIELD}-hint`}>
            {t("office.locale.hint")}
          </p>
          <select ref={select} id={FIELD} name="locale" aria-describedby={`${FIELD}-hint`}>
            <For each={locales}>
              {(code) => (
                <option value={code} lang={code} selected={code === current()}>
                  {localeNames[code]}
                </option>
              )}
            </For>
          </select>
        </div>
        <SubmitButton busy={busy()} label={t("office.locale.save")} />
      </form>
    </section>
  );
}
