import { ideaEntry } from "@quer/shared/ideas/card";
import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { A } from "@solidjs/router";
import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { fetchPlenary, type PlenaryAnswer } from "../workshop-api.ts";
import { IdeasSection } from "./IdeaList.tsx";
import "../messages.ts";

/**
 * The results of the whole workshop, its plenary and all its tables, whichever board the
 * phone is on: at the end people want to see what the evening decided, not one table.
 */
export function ResultsScreen(props: {
  workshopId: string;
  /** Changes whenever the live board does (a reveal, a vote); the results are read again. */
  changes: () => unknown;
  heading: string;
}) {
  const [answer, setAnswer] = createSignal<PlenaryAnswer>();
  const [failed, setFailed] = createSignal(false);
  const load = () =>
    fetchPlenary(props.workshopId).then(
      (a) => {
        setAnswer(a);
        setFailed(false);
      },
      () => setFailed(true),
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(props.changes, () => {
      clearTimeout(timer);
      timer = setTimeout(load, answer() ? 250 : 0);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  const tableNames = () => new Map((answer()?.tables ?? []).map((table) => [table.id, table.title]));
  const tableOf = new Map<string, string>();
  const entries = () => {
    tableOf.clear();
    return (answer()?.ideas ?? []).map((idea) => {
      tableOf.set(idea.id, idea.tableId);
      return ideaEntry(idea);
    });
  };
  const place = (idea: BoardDocIdea) => {
    if (tableNames().size === 0) return undefined;
    const table = tableNames().get(tableOf.get(idea.id) ?? "");
    return table ? t("ws.results.table", { title: table }) : t("ws.phone.plenary");
  };
  const revealed = () => answer()?.ideas.some((i) => i.votes !== undefined) ?? false;

  return (
    <Show
      when={answer()}
      fallback={<p class="ws-empty">{failed() ? t("ws.loadError") : t("app.loading")}</p>}
    >
      <IdeasSection
        heading={props.heading}
        ideas={entries()}
        byVotes={true}
        empty={t("ws.phone.resultsEmpty")}
        place={place}
      >
        <Show when={!revealed()}>
          <p class="hint">{t("ws.results.hidden")}</p>
        </Show>
        <p>
          <A href={`/workshop/${props.workshopId}/results`}>{t("ws.fac.results")}</A>
        </p>
      </IdeasSection>
    </Show>
  );
}
