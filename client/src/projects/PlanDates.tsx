import type { ProjectDate } from "@quer/shared/projects/doc";
import { For, Show } from "solid-js";
import { formatDay } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import "./messages.ts";

export function DateList(props: { dates: ProjectDate[]; onRemove?: (d: ProjectDate) => void }) {
  return (
    <Show when={props.dates.length > 0} fallback={<p>{t("plan.noDates")}</p>}>
      <ul class="date-list">
        <For each={props.dates}>
          {(d) => (
            <li>
              <span>
                <time datetime={d.date}>{formatDay(d.date)}</time>: {d.label}
              </span>
              <Show when={props.onRemove}>
                <button type="button" class="button button-small" onClick={() => props.onRemove?.(d)}>
                  {t("plan.remove")}
                  <span class="visually-hidden"> {d.label}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
