import type { IdeaKind, IdeaSort } from "@quer/shared";
import { ideaKinds, ideaSorts } from "@quer/shared/ideas/rules";
import { createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { kindLabel } from "./labels.ts";

export interface ListView {
  sort: IdeaSort;
  kind: IdeaKind | undefined;
  category: string | undefined;
}

const sortLabels = { votes: "board.sort.votes", newest: "board.sort.newest" } as const;

/** Where the filters stand open by default; below it they fold away so the ideas come first. */
const WIDE = "(min-width: 48rem)";

/**
 * The controls behind a disclosure button saying how many filters are on. Until someone
 * uses it, it follows the screen: folded on phones, open on wide screens (CSS decides, so
 * the server's first view needs no script for it); a press makes the choice explicit.
 */
export function BoardControls(props: {
  view: ListView;
  categories: readonly string[];
  onChange: (next: Partial<ListView>) => void;
}) {
  const [chosen, setChosen] = createSignal<boolean | undefined>(undefined);
  const [wide, setWide] = createSignal(false);
  onMount(() => {
    const query = window.matchMedia(WIDE);
    const follow = () => setWide(query.matches);
    follow();
    query.addEventListener("change", follow);
    onCleanup(() => query.removeEventListener("change", follow));
  });
  const open = () => chosen() ?? wide();
  const active = () => (props.view.kind ? 1 : 0) + (props.view.category ? 1 : 0);
  return (
    <div class="board-filters" data-open={chosen() === undefined ? "auto" : String(chosen())}>
      <button
        type="button"
        class="button filters-toggle"
        aria-expanded={open()}
        aria-controls="board-filters"
        onClick={() => setChosen(!open())}
      >
        {t("board.controls.toggle")}
        <Show when={active() > 0}>
          {" "}
          <span class="filters-active">({tn("board.controls.active", active())})</span>
        </Show>
      </button>
      <div id="board-filters" class="filters-body">
        <Controls {...props} />
      </div>
    </div>
  );
}

/**
 * Native selects in a labelled group: each works alone, with keyboard and screen reader.
 * `selected` sits on the options because they render after the select itself.
 */
function Controls(props: {
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
