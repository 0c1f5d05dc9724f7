import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import type { Outbox } from "../outbox.ts";
import { IdeasSection } from "./IdeaList.tsx";
import { PostSection } from "./PostSection.tsx";
import type { PhoneVotes } from "./votes.ts";
import "../messages.ts";

/**
 * Dot-voting: this person's dots per idea and what is left of the workshop's budget, which
 * the plenary and every table share. Posting shows only if the facilitator reopened it.
 */
export function VoteScreen(props: {
  outbox: Outbox;
  postingOpen: boolean;
  onUsed: () => void;
  ideas: readonly BoardDocIdea[];
  votes: PhoneVotes;
  /** Whether this person may place dots now (the vote phase of a running workshop). */
  canVote: boolean;
  revealed: boolean;
  /** The workshop has topic tables: the budget is shared with them. */
  withTables: boolean;
  atTables: boolean;
}) {
  const v = () => props.votes;
  const stepper = (idea: BoardDocIdea) => (
    <Show when={props.canVote}>
      <div class="ws-stepper">
        <button
          type="button"
          class="button ws-step"
          aria-label={t("ws.phone.less", { title: idea.title })}
          aria-disabled={(v().mine[idea.id] ?? 0) === 0}
          onClick={() => v().change(idea.id, -1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <span class="ws-mine">{t("ws.phone.yourDots", { n: v().mine[idea.id] ?? 0 })}</span>
        <button
          type="button"
          class="button ws-step"
          aria-label={t("ws.phone.more", { title: idea.title })}
          onClick={() => v().change(idea.id, 1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </Show>
  );
  return (
    <>
      <Show when={props.canVote}>
        <section class="ws-section" aria-labelledby="ws-dots-heading">
          <h2 id="ws-dots-heading">{t("ws.phone.dotsHeading")}</h2>
          <p class="ws-budget" role="status">
            {t("ws.phone.left", { left: v().left(), total: v().total() })}
          </p>
          <Show when={props.withTables}>
            <p class="hint">{t("ws.phone.budgetShared")}</p>
          </Show>
          <Show when={props.atTables}>
            <p>{t("ws.phone.voteAtTables")}</p>
          </Show>
        </section>
      </Show>
      <PostSection outbox={props.outbox} open={props.postingOpen} onUsed={props.onUsed} />
      <Show when={!props.atTables}>
        <IdeasSection
          heading={t("ws.phone.ideas")}
          ideas={props.ideas}
          byVotes={props.revealed}
          empty={t("ws.phone.voteEmpty")}
          extra={stepper}
        >
          <Show when={props.canVote}>
            <p>{t("ws.phone.voteIntro")}</p>
          </Show>
          <div role="alert" class="form-alert-slot">
            <Show when={v().alert()}>
              <p class="form-alert">{v().alert()}</p>
            </Show>
          </div>
          <Show when={!props.revealed}>
            <p class="hint">{t("ws.phone.hiddenTally")}</p>
          </Show>
        </IdeasSection>
      </Show>
    </>
  );
}
