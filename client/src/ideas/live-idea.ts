import { ideaEntry, isPrivate, liveIdea } from "@quer/shared/ideas/card";
import { type BoardDocIdea, readBoardIdea } from "@quer/shared/sync/board-doc";
import { type Accessor, createEffect, createMemo, on } from "solid-js";
import { announce } from "../app/announcer.ts";
import { keepFocus } from "../app/keep-focus.ts";
import { formatList } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import type { Votes } from "../votes/vote-state.ts";
import type { IdeaAnswer } from "./idea-api.ts";
import { statusLabel } from "./labels.ts";

export interface LiveIdea {
  /** The answer's idea with what the board document says now laid over it. */
  idea: Accessor<IdeaAnswer["idea"]>;
  /** Who writes along, by name. */
  coauthors: Accessor<readonly string[]>;
  /** The board's voting rule once the document has said it. */
  votingKind: Accessor<"up" | "dots" | undefined>;
}

/**
 * What of an entry the page asks the server about again when it changes: the answer
 * holds more than the entry (the status history, co-authors' ids, what this person may
 * now do, the reason an idea was hidden), so a change there brings a fresh answer.
 * Counts are not in it: they change often, and the entry has all of them.
 */
function followed(entry: BoardDocIdea | undefined): string {
  if (!entry) return "absent";
  const { status, statusReason, statusContact, coauthors, projectId, commentsLocked } = entry;
  return JSON.stringify([status, statusReason, statusContact, coauthors, projectId, commentsLocked]);
}

const sameEntry = (a: BoardDocIdea | undefined, b: BoardDocIdea | undefined) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Follows an idea on its page through its board's document (`board:<id>`, the socket the
 * board page uses; no other): status with reason and contact, tally, comments count,
 * co-authors and project link show as soon as the server writes them; an idea that
 * leaves the document (hidden, merged) or comes back is asked for again. Changes are
 * announced politely. Call inside a component: the socket closes with it.
 */
export function openLiveIdea(opts: {
  boardId: string;
  answer: Accessor<IdeaAnswer>;
  refetch: () => void;
  votes: Votes;
}): LiveIdea {
  const live = openLiveBoard(opts.boardId, {
    // The idea's own text document owns the connection indicator on this page.
    indicator: false,
    onChange: (apply) =>
      keepFocus(() => {
        apply();
        opts.votes.documentChanged();
      }),
    // Read access ended (the board was made private): the answer says what is left.
    onRefused: () => opts.refetch(),
  });
  // A copy kept from an earlier visit may be older than the answer: only a synced one counts.
  const entry = createMemo(
    () => (live.synced() ? live.ideas().get(opts.answer().idea.id) : undefined),
    undefined,
    { equals: sameEntry },
  );
  const idea = createMemo(() => liveIdea(opts.answer().idea, entry()));
  const coauthors = createMemo<readonly string[]>(
    () => entry()?.coauthors ?? opts.answer().coauthors.map((p) => p.name),
    [],
    { equals: sameList },
  );

  // Asked again once per state of the entry that the answer does not match, so a reply
  // that still differs (another change on its way) cannot start a loop.
  let askedFor: string | undefined;
  createEffect(() => {
    if (!live.synced()) return;
    const now = followed(entry());
    const { idea: answered, coauthors: people } = opts.answer();
    const expected =
      isPrivate(answered) || answered.mergedInto
        ? "absent"
        : // Read back as the document's reader reads it, so key order and repairs match.
          followed(
            readBoardIdea(
              ideaEntry(
                answered,
                people.map((p) => p.name),
              ),
            ),
          );
    if (now === expected || now === askedFor) return;
    askedFor = now;
    opts.refetch();
  });

  announceChanges(idea, coauthors);
  return { idea, coauthors, votingKind: () => live.meta().votingKind };
}

interface Said {
  status: string;
  reason: string;
  coauthors: string;
  project: boolean;
  hidden: boolean;
  merged: boolean;
}

/** Says what changed while the page is open, in one polite message. */
function announceChanges(idea: Accessor<IdeaAnswer["idea"]>, coauthors: Accessor<readonly string[]>) {
  createEffect(
    on(
      (): Said => {
        const i = idea();
        return {
          status: i.status,
          reason: i.statusReason ?? "",
          coauthors: coauthors().join("\n"),
          project: i.projectId !== undefined,
          hidden: i.hidden !== undefined,
          merged: i.mergedInto !== undefined,
        };
      },
      (now, before) => {
        if (!before) return;
        const parts: string[] = [];
        if (now.status !== before.status || now.reason !== before.reason) {
          parts.push(t("idea.live.status", { status: statusLabel(idea().status) }));
          if (now.reason) parts.push(t("idea.reason", { reason: now.reason }));
        }
        if (now.coauthors !== before.coauthors) {
          const names = coauthors();
          parts.push(
            names.length > 0
              ? t("idea.live.coauthors", { names: formatList(names) })
              : t("idea.live.noCoauthors"),
          );
        }
        if (now.project && !before.project) parts.push(t("idea.live.project"));
        if (now.hidden !== before.hidden) parts.push(t(now.hidden ? "idea.live.hidden" : "idea.live.shown"));
        if (now.merged && !before.merged) parts.push(t("idea.live.merged"));
        if (parts.length > 0) announce(parts.join(" "));
      },
    ),
  );
}
