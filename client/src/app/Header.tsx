import { A, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, on, onCleanup, onMount, Show } from "solid-js";
import { may } from "../auth/may.ts";
import { loginHref, logOut, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { ModerationLink } from "../moderation/ModerationLink.tsx";
import { WaitingBadge } from "../moderation/WaitingBadge.tsx";
import { NotificationsLink } from "../notifications/NotificationsLink.tsx";
import { OfficeMark } from "../office/OfficeMark.tsx";
import { ConnectionIndicator } from "../sync/ConnectionIndicator.tsx";
import { headerPlace } from "./header-place.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { closeMenu, enhanceMenu } from "./menu.ts";

/** The header's first place: the office's logo and name, and the app's name. */
function Mark() {
  return (
    <div class="header-mark">
      <OfficeMark />
      <A href="/" class="brand" end>
        {t("app.name")}
      </A>
    </div>
  );
}

/**
 * One row on a phone (mark, the main action, "Menü"), the whole bar from 60rem on (the
 * menu's contents shown in line, its button hidden: header.css). The same markup in the
 * server's first view, and a `<details>` menu, so it works before the script arrives.
 */
export function Header() {
  const location = useLocation();
  const navigate = useNavigate();
  const here = () => location.pathname + location.search;
  // Sign-in pages link to each other without nesting `next` inside `next`.
  const next = () =>
    location.pathname === "/login" || location.pathname === "/signup"
      ? (new URLSearchParams(location.search).get("next") ?? "/")
      : here();
  const guest = () => user()?.role === "guest";

  async function onLogout(to: string) {
    try {
      await logOut();
    } finally {
      navigate(to);
    }
  }

  let menu: HTMLDetailsElement | undefined;
  let account: HTMLDetailsElement | undefined;
  onMount(() => {
    if (menu) onCleanup(enhanceMenu(menu));
  });
  /** The account's own menu (a menu of its own in the wide bar), there only while signed in. */
  const enhance = (element: HTMLDetailsElement) => {
    account = element;
    onCleanup(enhanceMenu(element));
  };
  createEffect(
    on(
      here,
      () => {
        closeMenu(menu, false);
        closeMenu(account, false);
      },
      { defer: true },
    ),
  );

  return (
    <header class="site-header" classList={{ "is-guest": guest() }}>
      <Show
        when={guest() && user()}
        fallback={
          <div class="header-bar">
            <Mark />
            <nav class="header-nav" aria-label={t("nav.label")}>
              <div class="header-main">
                <Show
                  when={user()}
                  fallback={
                    <Show when={user() === null}>
                      <A href={loginHref(next())} class="header-action">
                        {t("nav.login")}
                      </A>
                    </Show>
                  }
                >
                  <NotificationsLink />
                </Show>
              </div>
              <details class="site-menu" ref={menu}>
                <summary class="menu-button">
                  <span class="menu-icon" aria-hidden="true" />
                  {t("nav.menu")}
                </summary>
                <div class="menu-panel">
                  <ul class="nav-list">
                    <li>
                      <A href="/" end>
                        {t("nav.boards")}
                      </A>
                    </li>
                    <Show when={may("moderation.desk", null)}>
                      <li>
                        <A href="/manage">{t("nav.manage")}</A>
                      </li>
                      <li>
                        <ModerationLink />
                      </li>
                      <WaitingBadge />
                    </Show>
                    <Show when={user() === null}>
                      <li>
                        <A href={loginHref(next(), "signup")}>{t("nav.signup")}</A>
                      </li>
                    </Show>
                  </ul>
                  <Show when={user()}>
                    {(u) => (
                      <details class="account-menu" ref={enhance}>
                        <summary class="account-button" aria-label={t("nav.signedInAs", { name: u().name })}>
                          <span class="account-icon" aria-hidden="true" />
                          <span class="account-name">{u().name}</span>
                        </summary>
                        <div class="account-panel">
                          <p class="signed-in">{t("nav.signedInAs", { name: u().name })}</p>
                          <ul class="nav-list">
                            <li>
                              <A href="/my-ideas">{t("nav.myIdeas")}</A>
                            </li>
                            <li>
                              <A href="/account">{t("account.nav")}</A>
                            </li>
                          </ul>
                          <button type="button" class="link-button" onClick={() => onLogout("/")}>
                            {t("nav.logout")}
                          </button>
                        </div>
                      </details>
                    )}
                  </Show>
                  <LanguageSwitch />
                </div>
              </details>
            </nav>
          </div>
        }
      >
        {(u) => (
          <div class="header-bar guest-bar">
            <div class="guest-who">
              <p class="guest-place">{headerPlace() ?? t("app.name")}</p>
              <p class="signed-in">{t("nav.guestAs", { name: u().name })}</p>
            </div>
            <LanguageSwitch compact />
            <button type="button" class="button button-quiet" onClick={() => onLogout("/join")}>
              {t("nav.leave")}
            </button>
          </div>
        )}
      </Show>
      <ConnectionIndicator />
    </header>
  );
}
