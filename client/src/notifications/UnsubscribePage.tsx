import { A, useParams } from "@solidjs/router";
import { createResource, Match, Switch } from "solid-js";
import { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { unsubscribe } from "./notifications-api.ts";
import "./messages.ts";

/** The page an e-mail's unsubscribe link opens: one visit turns the mails off. */
export default function UnsubscribePage() {
  const params = useParams<{ token: string }>();
  const [done] = createResource(() => params.token, unsubscribe);
  return (
    <>
      <PageHeading text={t("notifications.unsubscribe.title")} />
      <div role="status">
        <Switch fallback={<p class="loading">{t("app.loading")}</p>}>
          <Match when={done.error}>
            <p>
              {done.error instanceof ApiError && done.error.code === "not_found"
                ? t("notifications.unsubscribe.invalid")
                : errorText(done.error as ApiError)}
            </p>
          </Match>
          <Match when={done.state === "ready"}>
            <p>{t("notifications.unsubscribe.done")}</p>
          </Match>
        </Switch>
      </div>
      <p>
        {user() ? (
          <A href="/notifications">{t("notifications.unsubscribe.settings")}</A>
        ) : (
          <A href="/">{t("app.toBoards")}</A>
        )}
      </p>
    </>
  );
}
