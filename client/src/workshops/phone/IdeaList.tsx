import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { createMemo, For, type JSX, Show } from "solid-js";
import { tn } from "../../i18n/i18n.ts";
import "../messages.ts";

/**
 * The ideas of a phone screen as articles named by their titles: in the order they came,
 * or by dots once the tallies are revealed. `extra` adds what the phase lets people do.
 */
export function IdeaList(props: {
  ideas: readonly BoardDocIdea[];
  byVotes: boolean;
  extra?: (idea: BoardDocIdea) => JSX.Element;
  /** A line above the title, such as the table an idea came from. */
  place?: (idea: BoardDocIdea) => string | undefined;
}) {
  // Ids only, so an idea whose tally or title changes keeps its element (and focus).
  const shownIds = createMemo(
    () => {
      const list = [...props.ideas];
      if (props.byVotes)
        list.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.createdAt.localeCompare(b.createdAt));
      else list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return list.map((i) => i.id);
    },
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  );
  const byId = createMemo(() => new Map(props.ideas.map((i) => [i.id, i])));
  return (
    <ol class="ws-idea-list">
      <For each={shownIds()}>
        {(id) => (
          <Show when={byId().get(id)}>
            {(idea) => {
              const titleId = `ws-idea-${id}`;
              return (
                <li class="ws-idea">
                  <article aria-labelledby={titleId}>
                    <Show when={props.place?.(idea())}>
                      {(place) => <p class="ws-idea-place">{place()}</p>}
                    </Show>
                    <h3 id={titleId} class="ws-idea-title">
                      {idea().title}
                    </h3>
                    <p class="ws-idea-author">{idea().authorName}</p>
                    <Show when={idea().votes !== undefined}>
                      <p class="ws-tally">{tn("ws.dots", idea().votes ?? 0)}</p>
                    </Show>
                    {props.extra?.(idea())}
                  </article>
                </li>
              );
            }}
          </Show>
        )}
      </For>
    </ol>
  );
}

/** A phone screen's list of ideas under a heading that counts them; `empty` when there are none. */
export function IdeasSection(props: {
  heading: string;
  ideas: readonly BoardDocIdea[];
  empty: string;
  byVotes: boolean;
  extra?: (idea: BoardDocIdea) => JSX.Element;
  place?: (idea: BoardDocIdea) => string | undefined;
  children?: JSX.Element;
}) {
  return (
    <section class="ws-section" aria-labelledby="ws-ideas-heading">
      <h2 id="ws-ideas-heading">
        {props.heading} <span class="count">({tn("board.count", props.ideas.length)})</span>
      </h2>
      {props.children}
      <Show when={props.ideas.length > 0} fallback={<p class="ws-empty">{props.empty}</p>}>
        <IdeaList ideas={props.ideas} byVotes={props.byVotes} extra={props.extra} place={props.place} />
      </Show>
    </section>
  );
}
