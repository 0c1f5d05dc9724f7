import { A } from "@solidjs/router";
import { Match, Switch } from "solid-js";
import { PageHeading } from "../app/PageHeading.tsx";
import { may } from "../auth/may.ts";
import { loginHref, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { LocaleForm } from "./LocaleForm.tsx";
import { LogoForm } from "./LogoForm.tsx";
import { NameForm } from "./NameForm.tsx";
import { currentOffice } from "./office.ts";
import "./messages.ts";

/** `/manage/office`: the manager names the office, gives it a logo and chooses its language. */
export default function OfficeSettingsPage() {
  return (
    <>
      <PageHeading text={t("office.title")} />
      <Switch>
        <Match when={user() === undefined || (may("office.manage", null) && !currentOffice())}>
          <p class="loading">{t("app.loading")}</p>
        </Match>
        <Match when={!may("office.manage", null)}>
          <p>{t("office.onlyManager")}</p>
          <Switch>
            <Match when={user() === null}>
              <p>
                <A href={loginHref("/manage/office")}>{t("nav.login")}</A>
              </p>
            </Match>
          </Switch>
        </Match>
        <Match when={currentOffice()}>
          {(office) => (
            <>
              <p>{t("office.intro")}</p>
              <NameForm office={office()} />
              <LogoForm office={office()} />
              <LocaleForm office={office()} />
            </>
          )}
        </Match>
      </Switch>
    </>
  );
}
