import type { Fund } from "@quer/shared";
import { Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { formatEuros } from "./money.ts";

/**
 * What the neighbourhood fund is, in one plain sentence, and what is left of it this year,
 * on the board page (only once one is set).
 */
export function FundNote(props: { fund: Fund | undefined }) {
  return (
    <Show when={props.fund && props.fund.amount > 0 ? props.fund : undefined}>
      {(fund) => (
        <p class="fund-note">
          {t("fund.what")}{" "}
          <strong>
            {t("fund.left", {
              year: fund().year,
              left: formatEuros(fund().left),
              amount: formatEuros(fund().amount),
            })}
          </strong>
        </p>
      )}
    </Show>
  );
}
