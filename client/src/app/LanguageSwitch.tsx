import { For } from "solid-js";
import { dirOf, type Locale, locale, localeNames, locales, setLocale, t } from "../i18n/i18n.ts";

/**
 * The seven languages, each named in itself and marked up as itself (`lang`, `dir`), so
 * screen readers pronounce them right and Arabic reads right to left. A native select:
 * works with keyboard, screen readers and phones without extra code, and takes little
 * room. `compact` keeps the label for screen readers only (the guests' one-row header;
 * the wide bar hides it too, header.css).
 */
export function LanguageSwitch(props: { compact?: boolean }) {
  const choose = (select: HTMLSelectElement) => {
    // Offline, the other language cannot load: show the one still in use.
    setLocale(select.value as Locale).catch(() => {
      select.value = locale();
    });
  };
  return (
    <div class="language-switch">
      <label for="language" classList={{ "visually-hidden": props.compact === true }}>
        {t("nav.language")}
      </label>
      <select id="language" onChange={(e) => choose(e.currentTarget)}>
        <For each={locales}>
          {(code) => (
            <option value={code} lang={code} dir={dirOf(code)} selected={locale() === code}>
              {localeNames[code]}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
