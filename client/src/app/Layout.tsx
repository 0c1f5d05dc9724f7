import type { RouteSectionProps } from "@solidjs/router";
import { Suspense } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { announcement } from "./announcer.ts";
import { Header } from "./Header.tsx";

export function Layout(props: RouteSectionProps) {
  let main: HTMLElement | undefined;
  // The router would treat "#main" as a navigation; moving focus ourselves is what a
  // skip link is for.
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    main?.focus();
  };
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler adds the focus move */}
      <a href="#main" class="skip-link" onClick={skip}>
        {t("app.skip")}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>{props.children}</Suspense>
      </main>
      <footer class="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement()}
      </div>
    </>
  );
}
