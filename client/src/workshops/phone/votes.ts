import { dotsLeft } from "@quer/shared/votes/rules";
import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import type { ApiError } from "../../api/client.ts";
import { errorText } from "../../api/error-text.ts";
import { keepFocus } from "../../app/keep-focus.ts";
import { t } from "../../i18n/i18n.ts";
import "../messages.ts";

/** What the server says of this person's dots: the budget and what is left of it. */
export interface DotsAnswer {
  budget: number;
  left: number;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, n) => a + n, 0);

/**
 * This person's dots on one board of a workshop. The budget is the workshop's, shared with
 * its plenary and every table, so what is left counts the dots given elsewhere too: the
 * server says what is left in every board and vote answer, and the phone keeps the part
 * spent on other boards (`elsewhere`) and adds its own wishes here, sent or still queued.
 */
export function createPhoneVotes(opts: {
  /** The budget as the board says it, until an answer has said it. */
  fallbackBudget: () => number;
  /** Whether the board is in the vote phase, to say why a vote was refused. */
  voting: () => boolean;
  send: (ideaId: string, dots: number) => void;
}) {
  /** Dots as shown: what this person wants, even while it waits in the queue. */
  const [mine, setMine] = createStore<Record<string, number>>({});
  /** Dots the server confirmed on this board; a refused wish falls back to these. */
  const confirmed: Record<string, number> = {};
  const [budget, setBudget] = createSignal<number>();
  /** Dots given on the workshop's other boards, as of the server's last answer. */
  const [elsewhere, setElsewhere] = createSignal(0);
  const [alert, setAlert] = createSignal<string>();

  const total = () => budget() ?? opts.fallbackBudget();
  const learn = (answer: DotsAnswer | undefined) => {
    if (!answer) return;
    setBudget(answer.budget);
    // The server's count includes this board's confirmed dots; the rest is elsewhere.
    setElsewhere(Math.max(0, answer.budget - answer.left - sum(confirmed)));
  };

  return {
    mine,
    total,
    left: () => dotsLeft(total(), elsewhere() + sum(mine)),
    alert,
    /** A board answer: this person's dots per idea, with wishes still queued over them. */
    loaded(
      ideas: readonly { id: string; mine?: number }[],
      dots: DotsAnswer | undefined,
      waiting: Record<string, number>,
    ) {
      for (const idea of ideas) {
        confirmed[idea.id] = idea.mine ?? 0;
        setMine(idea.id, waiting[idea.id] ?? idea.mine ?? 0);
      }
      learn(dots);
    },
    sent(ideaId: string, dots: number, left: number | undefined, stillWanted: boolean) {
      confirmed[ideaId] = dots;
      if (left !== undefined) learn({ budget: total(), left });
      if (stillWanted) keepFocus(() => setMine(ideaId, dots));
    },
    refused(ideaId: string, error: ApiError) {
      keepFocus(() => setMine(ideaId, confirmed[ideaId] ?? 0));
      setAlert(undefined);
      // Cleared first, so the same words are announced again for a second refusal.
      queueMicrotask(() =>
        setAlert(
          error.status === 409
            ? opts.voting()
              ? t("ws.phone.budget", { total: total() })
              : t("ws.phone.voteClosed")
            : errorText(error),
        ),
      );
    },
    change(ideaId: string, by: 1 | -1) {
      const next = Math.max(0, (mine[ideaId] ?? 0) + by);
      if (next === (mine[ideaId] ?? 0)) return;
      setAlert(undefined);
      setMine(ideaId, next);
      opts.send(ideaId, next);
    },
  };
}

export type PhoneVotes = ReturnType<typeof createPhoneVotes>;
