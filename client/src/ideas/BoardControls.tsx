import type { IdeaKind, IdeaSort } from "@quer/shared";
import { ideaKinds, ideaSorts } from "@quer/shared/ideas/rules";
import { For } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { kindLabel } from "./labels.ts";

export interface ListView {
  sort: IdeaSort;
  kind: IdeaKind | undefined;
  category: string | undefined;
}

const sortLabels = { votes: "board.sort.votes", newest: "board.sort.newest" } as const;

/**
 * Native selects in a labelled group: each works alone, with keyboard and screen reader.
 * `selected` sits on the options because they render after the select itself.
 */
export function BoardControls(props: {
  view: ListView;
  categories: readonly string[];
  onChange: (next: Partial<ListView>) => void;
}) {
  return (
    <fieldset class="board-controls">
      <legend>{t("board.controls")}</legend>
      <div class="control">
        <label for="sort">{t("board.sort")}</label>
        <select id="sort" onChange={(e) => props.onChange({ sort: e.currentTarget.value as IdeaSort })}>
          <For each={ideaSorts}>
            {(s) => (
              <option value={s} selected={props.view.sort === s}>
                {t(sortLabels[s])}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="control">
        <label for="filter-kind">{t("board.filter.kind")}</label>
        <select
          id="filter-kind"
          onChange={(e) =>
            props.onChange({ kind: (e.currentTarget.value || undefined) as IdeaKind | undefined })
          }
        >
          <option value="">{t("board.filter.all")}</option>
          <For each={ideaKinds}>
            {(k) => (
              <option value={k} selected={props.view.kind === k}>
                {kindLabel(k)}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="control">
        <label for="filter-category">{t("board.filter.category")}</label>
        <select
          id="filter-category"
          disabled={props.categories.length === 0}
          onChange={(e) => props.onChange({ category: e.currentTarget.value || undefined })}
        >
          <option value="">{t("board.filter.all")}</option>
          <For each={props.categories}>
            {(c) => (
              <option value={c} selected={props.view.category === c}>
                {c}
              </option>
            )}
          </For>
        </select>
      </div>
    </fieldset>
  );
}
