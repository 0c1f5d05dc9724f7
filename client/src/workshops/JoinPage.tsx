import { normalizeJoinCode } from "@quer/shared/workshops/rules";
import { useNavigate, useParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import {
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  focusFirstError,
  formErrorText,
  hintId,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { loadMe, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { joinWorkshop } from "./workshop-api.ts";
import "./workshop.css";

/** `/join` and `/join/<code>`: a code, an optional name, and you are in. */
export default function JoinPage() {
  const params = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;
  // Residents join as themselves; guests (from an earlier workshop) may pick a name again.
  const resident = () => {
    const u = user();
    return u && u.role !== "guest" ? u : null;
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (busy() || !form) return;
    const data = new FormData(form);
    const code = normalizeJoinCode(String(data.get("code") ?? ""));
    const name = String(data.get("name") ?? "").trim();
    if (!code) {
      setErrors({ code: { text: t("ws.join.code.invalid") } });
      setAlert(t("error.invalid"));
      focusFirstError(form);
      return;
    }
    setErrors({});
    setAlert(undefined);
    setBusy(true);
    try {
      const answer = await joinWorkshop(code, resident() ? undefined : name || undefined);
      await loadMe();
      navigate(`/workshop/${answer.board.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setErrors({ code: { text: t("ws.join.notFound") } });
        setAlert(t("ws.join.notFound"));
        focusFirstError(form);
      } else if (error instanceof ApiError && error.status === 429) {
        setAlert(t("ws.join.tooMany"));
      } else if (error instanceof ApiError && error.status === 400) {
        setAlert(t("error.invalid"));
        setErrors(
          Object.fromEntries(
            Object.entries(error.fieldMessages()).map(([k, v]) => [k, { text: v, lang: "de" }]),
          ),
        );
        focusFirstError(form);
      } else {
        setAlert(formErrorText(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="ws-join">
      <PageHeading text={t("ws.join.title")} />
      <p class="lead">{t("ws.join.intro")}</p>
      <form ref={form} class="form" novalidate onSubmit={submit}>
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
        <button type="submit" class="button button-primary" aria-disabled={busy()}>
          {busy() ? t("auth.busy") : t("ws.join.submit")}
        </button>
      </form>
    </div>
  );
}
