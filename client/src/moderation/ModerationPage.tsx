import { A, useLocation } from "@solidjs/router";
import { type JSX, Match, Show, Switch } from "solid-js";
import { PageHeading } from "../app/PageHeading.tsx";
import { may } from "../auth/may.ts";
import { loginHref, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { WaitingNavLink } from "./WaitingNavLink.tsx";
import "./messages.ts";

/**
 * The frame of every moderation page: its heading, the links between the desk's pages,
 * and the manager-only guard (the server refuses the data to anyone else anyway).
 */
export function ModerationPage(props: { title: string; children: JSX.Element }) {
  const location = useLocation();
  return (
    <>
      <PageHeading text={props.title} />
      <Show when={may("moderation.desk", null)}>
        <nav aria-label={t("moderation.nav.label")} class="desk-nav">
          <ul>
            <li>
              <A href="/moderation" end>
                {t("moderation.nav.queue")}
              </A>
            </li>
            <li>
              <WaitingNavLink />
            </li>
            <li>
              <A href="/moderation/people">{t("moderation.nav.people")}</A>
            </li>
            <li>
              <A href="/moderation/audit">{t("moderation.nav.audit")}</A>
            </li>
            <li>
              <A href="/moderation/outbox">{t("moderation.nav.outbox")}</A>
            </li>
          </ul>
        </nav>
      </Show>
      <Switch>
        <Match when={user() === undefined}>
          <p class="loading">{t("app.loading")}</p>
        </Match>
        <Match when={!may("moderation.desk", null)}>
          <p>{t("manage.onlyManager")}</p>
          <Show when={user() === null}>
            <p>
              <A href={loginHref(location.pathname)}>{t("nav.login")}</A>
            </p>
          </Show>
        </Match>
        <Match when={may("moderation.desk", null)}>{props.children}</Match>
      </Switch>
    </>
  );
}
