import { createStore, produce } from "solid-js/store";
import { announce } from "../app/announcer.ts";
import { keepFocus } from "../app/keep-focus.ts";
import { t } from "../i18n/i18n.ts";
import { castVote, withdrawVote } from "./vote-api.ts";

interface Pending {
  /** The count to show until the live document speaks again. */
  votes?: number | undefined;
  /** The server answered; the next document change may replace our number. */
  settled: boolean;
}

/**
 * This person's votes on one page, with optimistic toggling: the button and count change
 * at once, the server's answer confirms or rolls back, and the live document (when there
 * is one) takes over the count once it reports again.
 */
export function createVotes() {
  const [mine, setMine] = createStore<Record<string, number>>({});
  const [pending, setPending] = createStore<Record<string, Pending | undefined>>({});
  const inFlight = new Set<string>();

  function seed(ideas: readonly { id: string; mine?: number | undefined }[]) {
    setMine(
      produce((m) => {
        for (const idea of ideas) m[idea.id] = idea.mine ?? 0;
      }),
    );
  }

  const isMine = (id: string) => (mine[id] ?? 0) > 0;

  /** The count to show: ours while a toggle is unconfirmed, else the given one. */
  function votesOf(id: string, current: number | undefined): number | undefined {
    const p = pending[id];
    return p && p.votes !== undefined ? p.votes : current;
  }

  /** Called when the live document changed: confirmed counts give way to it. */
  function documentChanged() {
    setPending(
      produce((p) => {
        for (const id of Object.keys(p)) if (p[id]?.settled) delete p[id];
      }),
    );
  }

  async function toggle(id: string, kind: "up" | "dots", current: number | undefined) {
    if (inFlight.has(id)) return;
    inFlight.add(id);
    const wasMine = isMine(id);
    const shown = votesOf(id, current);
    keepFocus(() => {
      setMine(id, wasMine ? 0 : 1);
      setPending(id, {
        votes: shown === undefined ? undefined : Math.max(0, shown + (wasMine ? -1 : 1)),
        settled: false,
      });
    });
    try {
      const answer = wasMine ? await withdrawVote(id) : await castVote(id, kind);
      keepFocus(() => {
        setMine(id, answer.mine);
        setPending(id, { votes: answer.votes, settled: true });
      });
    } catch {
      keepFocus(() => {
        setMine(id, wasMine ? 1 : 0);
        setPending(id, undefined);
      });
      announce(t("vote.failed"));
    } finally {
      inFlight.delete(id);
    }
  }

  return { seed, isMine, votesOf, documentChanged, toggle };
}

export type Votes = ReturnType<typeof createVotes>;
