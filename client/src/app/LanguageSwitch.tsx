import { For } from "solid-js";
import { type Locale, locale, localeNames, locales, setLocale, t } from "../i18n/i18n.ts";

/** A native select: works with keyboard, screen readers and phones without extra code. */
export function LanguageSwitch() {
  return (
    <div class="language-switch">
      <label for="language">{t("nav.language")}</label>
      <select id="language" onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
        <For each={locales}>
          {(code) => (
            <option value={code} lang={code} selected={locale() === code}>
              {localeNames[code]}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
