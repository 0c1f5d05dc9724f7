import type { Idea, IdeaStatus, StatusContact } from "@quer/shared";
import { ideaStatuses } from "@quer/shared/ideas/rules";
import { isSafeLink } from "@quer/shared/text/link";
import { createSignal, For, Show } from "solid-js";
import { ApiError } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  emailFormat,
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  hintId,
  SubmitButton,
  serverTextLang,
} from "../app/forms.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { statusLabel } from "../ideas/labels.ts";
import { setStatus } from "./moderation-api.ts";
import "./messages.ts";

const P = "status";
const id = (field: string) => `${P}-${field}`;
const contactFields = ["office", "person", "email", "phone", "url"] as const;
type ContactField = (typeof contactFields)[number];

const contactLabels = {
  office: "moderation.status.office",
  person: "moderation.status.person",
  email: "moderation.status.email",
  phone: "moderation.status.phone",
  url: "moderation.status.url",
} as const;

/** The server's issue paths (`reason`, `contact`, `contact.email`) as this form's field ids. */
function fieldOf(path: readonly (string | number)[]): string {
  const [first, second] = path;
  if (first === "contact") return id(typeof second === "string" ? second : "office");
  return id(String(first ?? "status"));
}

/**
 * The manager's answer to an idea: a status with its public reason (required when
 * declining) and, when forwarding, the office that is responsible (required).
 */
export function StatusForm(props: { idea: Idea; onDone: () => void }) {
  const [status, setStatusChoice] = createSignal<IdeaStatus>(props.idea.status);
  const { errors, alert, busy, submit } = createForm({
    errorsFor: (error) => {
      const out: FieldErrors = {};
      if (!(error instanceof ApiError)) return out;
      const lang = serverTextLang(error, locale());
      for (const issue of error.issues) {
        out[fieldOf(issue.path)] ??= lang ? { text: issue.message, lang } : { text: issue.message };
      }
      return out;
    },
  });

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const chosen = String(data.get("status") ?? "") as IdeaStatus;
    const reason = String(data.get("reason") ?? "").trim();
    const contact: Partial<Record<ContactField, string>> = {};
    if (chosen === "forwarded") {
      for (const f of contactFields) {
        const v = String(data.get(`contact-${f}`) ?? "").trim();
        if (v) contact[f] = v;
      }
    }
    const found = compact({
      [id("reason")]:
        chosen === "declined" && !reason ? { text: t("moderation.status.reasonRequired") } : undefined,
      [id("office")]:
        chosen === "forwarded" && !contact.office
          ? { text: t("moderation.status.officeRequired") }
          : undefined,
      [id("email")]: contact.email ? emailFormat(contact.email) : undefined,
      [id("url")]:
        contact.url && !isSafeLink(contact.url) ? { text: t("moderation.status.urlFormat") } : undefined,
    });
    if (Object.keys(found).length > 0) return found;
    return async () => {
      const updated = await setStatus(props.idea.id, {
        status: chosen,
        ...(reason ? { reason } : {}),
        ...(chosen === "forwarded" ? { contact: contact as StatusContact } : {}),
      });
      const field = form.querySelector<HTMLTextAreaElement>(`#${id("reason")}`);
      if (field) field.value = "";
      announce(t("moderation.status.saved", { status: statusLabel(updated.status) }));
      props.onDone();
    };
  });

  return (
    <form class="form status-form" novalidate onSubmit={onSubmit} aria-labelledby="status-form-heading">
      <h3 id="status-form-heading">{t("moderation.status.heading")}</h3>
      <FormAlert message={alert()} />
      <div class="field">
        <label for={id("status")}>{t("moderation.status.field")}</label>
        <select
          id={id("status")}
          name="status"
          onChange={(e) => setStatusChoice(e.currentTarget.value as IdeaStatus)}
          {...fieldAria(id("status"), errors())}
        >
          <For each={ideaStatuses}>
            {(s) => (
              <option value={s} selected={status() === s}>
                {statusLabel(s)}
              </option>
            )}
          </For>
        </select>
        <FieldError field={id("status")} errors={errors()} />
      </div>
      <div class="field">
        <label for={id("reason")}>
          {t("moderation.status.reason")}{" "}
          <Show when={status() !== "declined"}>
            <span class="optional">{t("field.optional")}</span>
          </Show>
        </label>
        <p id={hintId(id("reason"))} class="hint">
          {status() === "declined"
            ? t("moderation.status.reasonHintDeclined")
            : t("moderation.status.reasonHint")}
        </p>
        <textarea
          id={id("reason")}
          name="reason"
          rows={4}
          maxLength={1000}
          aria-required={status() === "declined"}
          {...fieldAria(id("reason"), errors(), true)}
        />
        <FieldError field={id("reason")} errors={errors()} />
      </div>
      <Show when={status() === "forwarded"}>
        <fieldset class="field contact-fields">
          <legend>{t("moderation.status.contact")}</legend>
          <p class="hint">{t("moderation.status.contactHint")}</p>
          <For each={contactFields}>
            {(f) => (
              <div class="field">
                <label for={id(f)}>
                  {t(contactLabels[f])}{" "}
                  <Show when={f !== "office"}>
                    <span class="optional">{t("field.optional")}</span>
                  </Show>
                </label>
                <input
                  id={id(f)}
                  name={`contact-${f}`}
                  type={f === "email" ? "email" : f === "url" ? "url" : f === "phone" ? "tel" : "text"}
                  autocomplete="off"
                  value={props.idea.statusContact?.[f] ?? ""}
                  aria-required={f === "office"}
                  {...fieldAria(id(f), errors())}
                />
                <FieldError field={id(f)} errors={errors()} />
              </div>
            )}
          </For>
        </fieldset>
      </Show>
      <SubmitButton busy={busy()} label={t("moderation.status.submit")} />
    </form>
  );
}
