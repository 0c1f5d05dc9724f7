import { A, type RouteSectionProps } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { blocked } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { currentOffice } from "../office/office.ts";
import { announcement } from "./announcer.ts";
import { Header } from "./Header.tsx";
import { otherAddress } from "./site.ts";

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
      {/* Always in the page, so a notice is announced when it appears (blocked while signed in, a wrong address). */}
      <div role="status" class="blocked-slot">
        <Show when={blocked()}>
          {(b) => <p class="blocked-notice">{t("error.blocked", { contact: b().contact })}</p>}
        </Show>
        <Show when={otherAddress()}>
          {(url) => (
            <p class="address-notice">
              <strong>{t("address.wrong", { url: url() })}</strong> {t("address.wrongWhy")}{" "}
              <a href={url() + location.pathname + location.search}>{t("address.go")}</a>
            </p>
          )}
        </Show>
      </div>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>{props.children}</Suspense>
      </main>
      <footer class="site-footer">
        <p>
          <Show when={currentOffice()} fallback={t("app.name")}>
            {(office) => <>{t("app.footer", { office: office().name })}</>}
          </Show>
        </p>
        {/* On every page, for everyone: the statement BITV asks for, and the help. */}
        <nav aria-label={t("app.footer.nav")}>
          <ul class="footer-links">
            <li>
              <A href="/barrierefreiheit">{t("app.footer.accessibility")}</A>
            </li>
            <li>
              <A href="/hilfe">{t("app.footer.help")}</A>
            </li>
          </ul>
        </nav>
      </footer>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement()}
      </div>
    </>
  );
}
