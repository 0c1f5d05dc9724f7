import type { CardIdea } from "@quer/shared/ideas/card";
import { Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { VoteButton } from "../votes/VoteButton.tsx";
import type { Votes } from "../votes/vote-state.ts";
import { IdeaMeta } from "./IdeaMeta.tsx";

export function IdeaCard(props: { idea: CardIdea; votes: Votes; votingKind: "up" | "dots" }) {
  const titleId = () => `idea-${props.idea.id}-title`;
  const privateNote = () =>
    props.idea.hidden
      ? t("idea.hidden", { reason: props.idea.hidden.reason })
      : props.idea.pending
        ? t("idea.pending")
        : null;
  return (
    <article
      class="idea-card"
      classList={{ "is-private": privateNote() !== null }}
      aria-labelledby={titleId()}
    >
      <h3 id={titleId()} class="idea-title">
        {/* A plain link (the router still handles the click): the router's <A> costs a few
            memos per card, which a phone pays sixty times on a board's first paint. */}
        <a href={`/ideas/${props.idea.id}`}>{props.idea.title}</a>
      </h3>
      <Show when={privateNote()}>{(note) => <p class="private-note">{note()}</p>}</Show>
      <Show when={props.idea.excerpt}>
        <p class="idea-excerpt">{props.idea.excerpt}</p>
      </Show>
      <IdeaMeta
        kind={props.idea.kind}
        status={props.idea.status}
        category={props.idea.category}
        authorName={props.idea.authorName}
        coauthors={props.idea.coauthors}
        createdAt={props.idea.createdAt}
      />
      <div class="idea-footer">
        <VoteButton
          votes={props.votes.votesOf(props.idea.id, props.idea.votes)}
          pressed={props.votes.isMine(props.idea.id)}
          describedBy={titleId()}
          canVote={privateNote() === null}
          onToggle={() => props.votes.toggle(props.idea.id, props.votingKind, props.idea.votes)}
        />
        <Show when={props.idea.comments > 0}>
          <p class="idea-comments">{tn("idea.comments", props.idea.comments)}</p>
        </Show>
      </div>
    </article>
  );
}
