import { A, useLocation, useNavigate } from "@solidjs/router";
import { Show } from "solid-js";
import { may } from "../auth/may.ts";
import { loginHref, logOut, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { ModerationLink } from "../moderation/ModerationLink.tsx";
import { WaitingBadge } from "../moderation/WaitingBadge.tsx";
import { NotificationsLink } from "../notifications/NotificationsLink.tsx";
import { OfficeMark } from "../office/OfficeMark.tsx";
import { ConnectionIndicator } from "../sync/ConnectionIndicator.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

export function Header() {
  const location = useLocation();
  const navigate = useNavigate();
  const here = () => location.pathname + location.search;
  // Sign-in pages link to each other without nesting `next` inside `next`.
  const next = () =>
    location.pathname === "/login" || location.pathname === "/signup"
      ? (new URLSearchParams(location.search).get("next") ?? "/")
      : here();

  async function onLogout() {
    try {
      await logOut();
    } finally {
      navigate("/");
    }
  }

  return (
    <header class="site-header">
      <div class="header-row">
        <OfficeMark />
        <A href="/" class="brand" end>
          {t("app.name")}
        </A>
        <LanguageSwitch />
      </div>
      <nav aria-label={t("nav.label")}>
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
          <Show
            when={user()}
            fallback={
              <Show when={user() === null}>
                <li>
                  <A href={loginHref(next())}>{t("nav.login")}</A>
                </li>
                <li>
                  <A href={loginHref(next(), "signup")}>{t("nav.signup")}</A>
                </li>
              </Show>
            }
          >
            {(u) => (
              <>
                <li>
                  <NotificationsLink />
                </li>
                <li>
                  <A href="/my-ideas">{t("nav.myIdeas")}</A>
                </li>
                <li>
                  <A href="/account">{t("account.nav")}</A>
                </li>
                <li class="signed-in">{t("nav.signedInAs", { name: u().name })}</li>
                <li>
                  <button type="button" class="link-button" onClick={onLogout}>
                    {t("nav.logout")}
                  </button>
                </li>
              </>
            )}
          </Show>
        </ul>
      </nav>
      <ConnectionIndicator />
    </header>
  );
}
