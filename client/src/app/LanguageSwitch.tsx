import { For } from "solid-js";
import { type Locale, locale, localeNames, locales, setLocale, t } from "../i18n/i18n.ts";

/** A native select: works with keyboard, screen readers and phones without extra code. */
export function LanguageSwitch() {
  const choose = (select: HTMLSelectElement) => {
    // Offline, the other language cannot load: show the one still in use.
    setLocale(select.value as Locale).catch(() => {
      select.value = locale();
    });
  };
  return (
    <div class="language-switch">
      <label for="language">{t("nav.language")}</label>
      <select id="language" onChange={(e) => choose(e.currentTarget)}>
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
