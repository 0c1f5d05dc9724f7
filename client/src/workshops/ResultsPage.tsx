import { A, useNavigate, useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { may } from "../auth/may.ts";
import { t, tn } from "../i18n/i18n.ts";
import { PromoteButton } from "../projects/PromoteButton.tsx";
import { openLiveBoard } from "../sync/live-board.ts";
import { fetchPlenary, type PlenaryAnswer } from "./workshop-api.ts";
import "./workshop.css";
import "./messages.ts";

export default function ResultsPage() {
  const params = useParams<{ boardId: string }>();
  return (
    <Show when={params.boardId} keyed>
      {(id) => <Results id={id} />}
    </Show>
  );
}

type PlenaryIdea = PlenaryAnswer["ideas"][number];

interface Section {
  id: string;
  name: string;
  ideas: PlenaryIdea[];
  total: number;
}

function Results(props: { id: string }) {
  const navigate = useNavigate();
  const [answer, setAnswer] = createSignal<PlenaryAnswer>();
  const [failure, setFailure] = createSignal<ApiError>();
  const live = openLiveBoard(props.id);

  const load = () =>
    fetchPlenary(props.id).then(
      (a) => {
        setAnswer(a);
        setFailure(undefined);
      },
      (error: ApiError) => setFailure(error),
    );
  // The live board says when something changed (a reveal, a vote, a new project).
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on([live.ideas, live.meta], () => {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    }),
  );
  onCleanup(() => clearTimeout(timer));

  const byVotes = (a: PlenaryIdea, b: PlenaryIdea) =>
    (b.votes ?? 0) - (a.votes ?? 0) || a.createdAt.localeCompare(b.createdAt);

  // The plenary's groups (every table's canvas rolled up), then the ideas in none.
  const sections = createMemo<Section[]>(() => {
    const a = answer();
    if (!a) return [];
    const out: Section[] = [];
    for (const group of [...a.groups, { id: null, name: t("ws.canvas.ungrouped") }]) {
      const ideas = a.ideas.filter((i) => i.groupId === group.id).sort(byVotes);
      if (ideas.length > 0) out.push({ id: group.id ?? "none", name: group.name, ideas, total: 0 });
    }
    for (const s of out) s.total = s.ideas.reduce((sum, i) => sum + (i.votes ?? 0), 0);
    return out.sort((x, y) => y.total - x.total);
  });
  const tableTitle = (id: string) => answer()?.tables.find((table) => table.id === id)?.title;
  const tallies = () => answer()?.ideas.some((i) => i.votes !== undefined) ?? false;
  const title = () => live.meta().title ?? answer()?.board.title ?? "";

  return (
    <PageLoad data={answer()} failure={failure()} errorTitle={t("ws.loadError")}>
      <div class="ws-results">
        <PageHeading text={t("ws.results.title", { title: title() })} />
        <Show when={!tallies()}>
          <p>{t("ws.results.hidden")}</p>
        </Show>
        <Show when={may("workshop.facilitate", null) && live.meta().revealed !== true && tallies()}>
          <p class="hint">{t("ws.fac.notRevealed")}</p>
        </Show>
        <Show when={sections().length > 0} fallback={<p>{t("ws.phone.empty")}</p>}>
          <For each={sections()}>
            {(section) => (
              <section class="ws-result-group" aria-labelledby={`result-${section.id}`}>
                <h2 id={`result-${section.id}`}>
                  {section.name}
                  <Show when={tallies()}>
                    {" "}
                    <span class="count">({tn("ws.dots", section.total)})</span>
                  </Show>
                </h2>
                <ol class="ws-result-list">
                  <For each={section.ideas}>
                    {(idea) => (
                      <li class="ws-result">
                        <span class="ws-result-title">
                          <A href={`/ideas/${idea.id}`}>{idea.title}</A>
                        </span>
                        <Show when={tableTitle(idea.tableId)}>
                          {(title) => <span class="hint">{t("ws.results.table", { title: title() })}</span>}
                        </Show>
                        <Show when={idea.votes !== undefined}>
                          <span class="ws-result-dots">{tn("ws.dots", idea.votes ?? 0)}</span>
                        </Show>
                        <Show when={idea.projectId}>
                          {(projectId) => (
                            <A href={`/projects/${projectId()}`}>{t("ws.results.toProject")}</A>
                          )}
                        </Show>
                        <Show when={may("moderation.desk", null) && !idea.projectId}>
                          <PromoteButton
                            ideaId={idea.id}
                            onDone={(projectId) => navigate(`/projects/${projectId}`)}
                          />
                        </Show>
                      </li>
                    )}
                  </For>
                </ol>
              </section>
            )}
          </For>
        </Show>
      </div>
    </PageLoad>
  );
}
