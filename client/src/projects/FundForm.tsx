import { createResource, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FieldError, FormAlert, fieldAria, hintId, SubmitButton } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { centsToInput, formatEuros, parseEuros } from "./money.ts";
import { fetchFund, saveFund } from "./project-api.ts";
import "./messages.ts";

/** The manager sets this year's neighbourhood fund; grants to projects are booked against it. */
export function FundForm() {
  const year = new Date().getFullYear();
  const [fund, { mutate }] = createResource(() => fetchFund(year));
  let input: HTMLInputElement | undefined;
  const { errors, alert, busy, submit } = createForm({ invalidAlert: false });

  const onSubmit = submit(() => {
    if (!input) return undefined;
    const amount = parseEuros(input.value);
    if (amount === undefined) return { "fund-amount": { text: t("project.amountInvalid") } };
    return async () => {
      const saved = await saveFund(year, amount);
      mutate(saved);
      announce(t("fund.saved", { year, amount: formatEuros(saved.amount) }));
    };
  });

  return (
    <section aria-labelledby="fund-heading" class="manage-section">
      <h2 id="fund-heading">{t("fund.heading", { year })}</h2>
      <Show when={fund.error ? undefined : fund.latest}>
        {(f) => (
          <>
            <p class="fund-note">
              {t("fund.left", {
                year: f().year,
                left: formatEuros(f().left),
                amount: formatEuros(f().amount),
              })}
            </p>
            <form class="form" novalidate onSubmit={onSubmit}>
              <FormAlert message={alert()} />
              <div class="field">
                <label for="fund-amount">{t("fund.amount", { year })}</label>
                <p class="hint" id={hintId("fund-amount")}>
                  {t("project.euroHint")}
                </p>
                <input
                  ref={input}
                  id="fund-amount"
                  type="text"
                  inputmode="decimal"
                  value={centsToInput(f().amount)}
                  {...fieldAria("fund-amount", errors(), true)}
                />
                <FieldError field="fund-amount" errors={errors()} />
              </div>
              <SubmitButton busy={busy()} label={t("fund.submit")} />
            </form>
          </>
        )}
      </Show>
    </section>
  );
}
