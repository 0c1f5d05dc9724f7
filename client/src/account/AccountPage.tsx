import { A, useNavigate } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { call, server } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert } from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { loadMe, loginHref, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { ChangePassword } from "../password/ChangePassword.tsx";
import "./messages.ts";

/** "Meine Daten": what the office stores about me, as a download, and deleting my account. */
export default function AccountPage() {
  return (
    <>
      <PageHeading text={t("account.title")} />
      <Switch>
        <Match when={user() === undefined}>
          <p class="loading">{t("app.loading")}</p>
        </Match>
        <Match when={user() === null}>
          <p>{t("account.signIn")}</p>
          <p>
            <A href={loginHref("/account")}>{t("nav.login")}</A>
          </p>
        </Match>
        <Match when={user()}>
          <Account />
        </Match>
      </Switch>
    </>
  );
}

function Account() {
  const navigate = useNavigate();
  const [confirming, setConfirming] = createSignal(false);
  const { alert, setAlert, busy, run } = createForm();
  let startButton: HTMLButtonElement | undefined;

  const ask = () => {
    setConfirming(true);
    queueMicrotask(() => document.getElementById("delete-confirm-heading")?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    setAlert(undefined);
    queueMicrotask(() => startButton?.focus());
  };

  const remove = () =>
    run(async () => {
      await call(server.me.$delete());
      await loadMe();
      announce(t("account.deleted"));
      navigate("/", { replace: true });
    });

  return (
    <>
      <section aria-labelledby="my-ideas-heading" class="desk-section">
        <h2 id="my-ideas-heading">{t("account.myIdeas.heading")}</h2>
        <p>
          <A href="/my-ideas">{t("account.myIdeas.link")}</A>
        </p>
      </section>
      <section aria-labelledby="export-heading" class="desk-section">
        <h2 id="export-heading">{t("account.export.heading")}</h2>
        <p>{t("account.export.text")}</p>
        <p>
          <a class="button" href="/api/me/export" download="">
            {t("account.export.download")}
          </a>
        </p>
      </section>
      <Show when={user()?.role !== "guest"}>
        <ChangePassword />
      </Show>
      <section aria-labelledby="notices-link-heading" class="desk-section">
        <h2 id="notices-link-heading">{t("account.notices.heading")}</h2>
        <p>
          <A href="/notifications">{t("account.notices.link")}</A>
        </p>
      </section>
      <section aria-labelledby="delete-heading" class="desk-section danger-zone">
        <h2 id="delete-heading">{t("account.delete.heading")}</h2>
        <p>{t("account.delete.text")}</p>
        <Show
          when={confirming()}
          fallback={
            <button ref={startButton} type="button" class="button button-danger" onClick={ask}>
              {t("account.delete.start")}
            </button>
          }
        >
          <div class="confirm">
            <h3 id="delete-confirm-heading" tabIndex={-1}>
              {t("account.delete.confirmHeading")}
            </h3>
            <p>{t("account.delete.confirmText")}</p>
            <FormAlert message={alert()} />
            <div class="form-actions">
              <button
                type="button"
                class="button button-danger-solid"
                aria-disabled={busy()}
                onClick={remove}
              >
                {busy() ? t("auth.busy") : t("account.delete.confirm")}
              </button>
              <button type="button" class="button" onClick={cancel}>
                {t("manage.cancel")}
              </button>
            </div>
          </div>
        </Show>
      </section>
    </>
  );
}
