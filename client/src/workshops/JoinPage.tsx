import { normalizeJoinCode } from "@quer/shared/workshops/rules";
import { useNavigate, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { createForm } from "../app/create-form.ts";
import {
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  formErrorText,
  hintId,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { loadMe, user } from "../auth/session.ts";
import { locale, t } from "../i18n/i18n.ts";
import { joinWorkshop } from "./workshop-api.ts";
import "./workshop.css";
import "./messages.ts";

/** `/join` and `/join/<code>`: a code, an optional name, and you are in. */
export default function JoinPage() {
  const params = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const { errors, alert, busy, submit } = createForm({
    alertFor: (error) => {
      const status = error instanceof ApiError ? error.status : 0;
      if (status === 404) return t("ws.join.notFound");
      if (status === 429) return t("ws.join.tooMany");
      if (status === 400) return t("error.invalid");
      return formErrorText(error);
    },
    errorsFor: (error): FieldErrors => {
      if (!(error instanceof ApiError)) return {};
      if (error.status === 404) return { code: { text: t("ws.join.notFound") } };
      if (error.status !== 400) return {};
      return serverFieldErrors(error, locale());
    },
  });
  // Residents join as themselves; guests (from an earlier workshop) may pick a name again.
  const resident = () => {
    const u = user();
    return u && u.role !== "guest" ? u : null;
  };

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const code = normalizeJoinCode(String(data.get("code") ?? ""));
    const name = String(data.get("name") ?? "").trim();
    if (!code) return { code: { text: t("ws.join.code.invalid") } };
    return async () => {
      const answer = await joinWorkshop(code, resident() ? undefined : name || undefined);
      await loadMe();
      navigate(`/workshop/${answer.board.id}`);
    };
  });

  return (
    <div class="ws-join">
      <PageHeading text={t("ws.join.title")} />
      <p class="lead">{t("ws.join.intro")}</p>
      <form class="form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for="code">{t("ws.join.code")}</label>
          <p id={hintId("code")} class="hint">
            {t("ws.join.code.hint")}
          </p>
          <input
            id="code"
            name="code"
            type="text"
            class="ws-code-input"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={20}
            value={params.code ?? ""}
            {...fieldAria("code", errors(), true)}
          />
          <FieldError field="code" errors={errors()} />
        </div>
        <Show
          when={resident()}
          fallback={
            <div class="field">
              <label for="name">
                {t("ws.join.name")} <span class="optional">{t("field.optional")}</span>
              </label>
              <p id={hintId("name")} class="hint">
                {t("ws.join.name.hint")}
              </p>
              <input
                id="name"
                name="name"
                type="text"
                autocomplete="nickname"
                maxLength={60}
                {...fieldAria("name", errors(), true)}
              />
              <FieldError field="name" errors={errors()} />
            </div>
          }
        >
          {(u) => <p>{t("ws.join.asUser", { name: u().name })}</p>}
        </Show>
        <SubmitButton busy={busy()} label={t("ws.join.submit")} />
      </form>
    </div>
  );
}
