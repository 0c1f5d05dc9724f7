import { createMemo, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import {
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  hintId,
  minLength,
  required,
  SubmitButton,
} from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { centsToInput, formatEuros, parseEuros } from "./money.ts";
import { type ProjectAnswer, updateProject } from "./project-api.ts";
import "./messages.ts";

export function ProjectBudget(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const { errors, alert, busy, submit } = createForm();
  const p = () => props.answer.project;
  const fund = () => props.answer.fund;
  // The fields are set again only when their value changes, not whenever another part of
  // the live project does (which would throw away what the manager is typing).
  const title = createMemo(() => p().title);
  const requested = createMemo(() => p().budgetRequested);
  const granted = createMemo(() => p().budgetGranted);

  const onSubmit = submit((form) => {
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const requested = parseEuros(String(data.get("budgetRequested") ?? "0") || "0");
    const granted = parseEuros(String(data.get("budgetGranted") ?? "0") || "0");
    const found: FieldErrors = {};
    const titleProblem = required(title) ?? minLength(title, 3);
    if (titleProblem) found["project-title-field"] = titleProblem;
    if (requested === undefined) found["budget-requested"] = { text: t("project.amountInvalid") };
    if (granted === undefined) found["budget-granted"] = { text: t("project.amountInvalid") };
    if (Object.keys(found).length > 0) return found;
    const patch: { title?: string; budgetRequested?: number; budgetGranted?: number } = {};
    if (title !== p().title) patch.title = title;
    if (requested !== p().budgetRequested) patch.budgetRequested = requested;
    if (granted !== p().budgetGranted) patch.budgetGranted = granted;
    if (Object.keys(patch).length === 0) return t("manage.nothingChanged");
    return async () => {
      const res = await updateProject(p().id, patch);
      props.onSaved({ ...props.answer, ...res });
      announce(t("project.saved"));
    };
  });

  return (
    <section class="project-part" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t("project.budget")}</h2>
      <dl class="money">
        <div>
          <dt>{t("project.requested")}</dt>
          <dd>{formatEuros(p().budgetRequested)}</dd>
        </div>
        <div>
          <dt>{t("project.granted")}</dt>
          <dd>{formatEuros(p().budgetGranted)}</dd>
        </div>
      </dl>
      <p class="fund-note">
        {t("fund.left", {
          year: fund().year,
          left: formatEuros(fund().left),
          amount: formatEuros(fund().amount),
        })}
      </p>
      <Show when={props.answer.canManage}>
        <h3>{t("project.manage")}</h3>
        <form class="form" novalidate onSubmit={onSubmit}>
          <FormAlert message={alert()} />
          <div class="field">
            <label for="project-title-field">{t("project.titleField")}</label>
            <input
              id="project-title-field"
              name="title"
              type="text"
              maxLength={120}
              value={title()}
              {...fieldAria("project-title-field", errors())}
            />
            <FieldError field="project-title-field" errors={errors()} />
          </div>
          <div class="field">
            <label for="budget-requested">{t("project.requestedField")}</label>
            <p class="hint" id={hintId("budget-requested")}>
              {t("project.euroHint")}
            </p>
            <input
              id="budget-requested"
              name="budgetRequested"
              type="text"
              inputmode="decimal"
              value={centsToInput(requested())}
              {...fieldAria("budget-requested", errors(), true)}
            />
            <FieldError field="budget-requested" errors={errors()} />
          </div>
          <div class="field">
            <label for="budget-granted">{t("project.grantedField")}</label>
            <p class="hint" id={hintId("budget-granted")}>
              {t("project.euroHint")}
            </p>
            <input
              id="budget-granted"
              name="budgetGranted"
              type="text"
              inputmode="decimal"
              value={centsToInput(granted())}
              {...fieldAria("budget-granted", errors(), true)}
            />
            <FieldError field="budget-granted" errors={errors()} />
          </div>
          <SubmitButton busy={busy()} label={t("project.save")} />
        </form>
      </Show>
    </section>
  );
}
