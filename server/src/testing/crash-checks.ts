import Database from "better-sqlite3";
import { type Ledger, voteKey } from "./crash-ledger.ts";

/** What a check found, by kind; every list must stay empty. */
export interface Findings {
  /** An acknowledged write missing, or stored with other content. */
  losses: string[];
  /** Something stored twice that was asked for once. */
  doubles: string[];
  /** Something stored that no request asked for. */
  phantoms: string[];
  /** A stored count that disagrees with its rows, or a board document with SQL. */
  tallies: string[];
  /** `PRAGMA integrity_check` or `foreign_key_check` not clean. */
  integrity: string[];
  /** Answers no correct server gives: a 5xx, a refused valid request, a closed reconnect. */
  wrongAnswers: string[];
  /** A document's update log longer than two compactions' worth: every load would read it. */
  unboundedLogs: string[];
}

/** Updates after which a document's log is folded into its snapshot (`services.ts`). */
const COMPACT_AFTER_UPDATES = 500;

export const noFindings = (): Findings => ({
  losses: [],
  doubles: [],
  phantoms: [],
  tallies: [],
  integrity: [],
  wrongAnswers: [],
  unboundedLogs: [],
});

export interface IdeaRow {
  id: string;
  board_id: string;
  title: string;
  body: string;
  kind: string;
  status: string;
  status_reason: string | null;
  pending: number;
  hidden_at: number | null;
  merged_into: string | null;
  vote_count: number;
  comment_count: number;
}

/** Everything the checks compare, read in one transaction from the database file. */
export interface Stored {
  ideas: IdeaRow[];
  votes: { idea_id: string; user_id: string; dots: number }[];
  comments: { id: string; idea_id: string; body: string }[];
  /** Status history rows with a reason, counted per reason. */
  reasons: Map<string, number>;
  /** Ideas whose vote_count is not the sum of their votes' dots. */
  tallyDrift: { id: string; vote_count: number; sum: number }[];
  /** Ideas whose comment_count is not the number of their visible comments. */
  commentDrift: { id: string; comment_count: number; n: number }[];
  integrity: string[];
  foreignKeys: unknown[];
  /** Documents by the number of updates in their log. */
  logs: { name: string; n: number }[];
}

/** Reads the database beside the running server (WAL lets a reader in). */
export function readStored(file: string): Stored {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.transaction(() => {
      const all = <T>(sql: string) => sqlite.prepare(sql).all() as T[];
      return {
        ideas: all<IdeaRow>(
          "select id, board_id, title, body, kind, status, status_reason, pending, hidden_at, merged_into, vote_count, comment_count from ideas",
        ),
        votes: all<{ idea_id: string; user_id: string; dots: number }>(
          "select idea_id, user_id, dots from votes",
        ),
        comments: all<{ id: string; idea_id: string; body: string }>(
          "select id, idea_id, body from comments",
        ),
        reasons: new Map(
          all<{ reason: string; n: number }>(
            "select reason, count(*) as n from status_history where reason is not null group by reason",
          ).map((r) => [r.reason, r.n]),
        ),
        tallyDrift: all<{ id: string; vote_count: number; sum: number }>(
          `select i.id, i.vote_count, coalesce((select sum(v.dots) from votes v where v.idea_id = i.id), 0) as sum
           from ideas i where i.vote_count != sum`,
        ),
        commentDrift: all<{ id: string; comment_count: number; n: number }>(
          `select i.id, i.comment_count,
             (select count(*) from comments c where c.idea_id = i.id and c.hidden_at is null) as n
           from ideas i where i.comment_count != n`,
        ),
        integrity: all<{ integrity_check: string }>("pragma integrity_check").map((r) => r.integrity_check),
        foreignKeys: all<unknown>("pragma foreign_key_check"),
        logs: all<{ name: string; n: number }>("select name, count(*) as n from doc_updates group by name"),
      };
    })();
  } finally {
    sqlite.close();
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/**
 * Compares the database with the ledger: acknowledged writes present with their content,
 * writes in flight at most once, nothing else, counts equal to their rows. Returns how
 * many acknowledged writes it checked.
 */
export function checkStored(stored: Stored, ledger: Ledger, f: Findings, otherIdeas: Set<string>): number {
  let checked = 0;
  if (stored.integrity.join() !== "ok") f.integrity.push(`integrity_check: ${stored.integrity.join("; ")}`);
  if (stored.foreignKeys.length > 0)
    f.integrity.push(`foreign_key_check: ${JSON.stringify(stored.foreignKeys)}`);

  const byTitle = groupBy(stored.ideas, (i) => i.title);
  for (const post of ledger.posts.values()) {
    const rows = byTitle.get(post.title) ?? [];
    if (rows.length > 1) f.doubles.push(`post "${post.title}" stored ${rows.length} times`);
    if (!post.acked) continue;
    checked += 1;
    const row = rows.find((r) => r.id === post.id);
    if (!row) f.losses.push(`acknowledged post "${post.title}" (${post.id}) missing`);
    else if (row.board_id !== post.boardId || row.body !== post.body || row.kind !== post.kind) {
      f.losses.push(`post "${post.title}" stored as ${JSON.stringify(row)}`);
    }
  }
  for (const row of stored.ideas) {
    if (!ledger.posts.has(row.title) && !otherIdeas.has(row.id)) {
      f.phantoms.push(`idea "${row.title}" (${row.id}) that no request posted`);
    }
  }

  const votes = new Map(stored.votes.map((v) => [voteKey(v.user_id, v.idea_id), v.dots]));
  for (const key of new Set([...ledger.votes.keys(), ...ledger.votesInFlight.keys(), ...votes.keys()])) {
    const acked = ledger.votes.get(key) ?? 0;
    const inFlight = ledger.votesInFlight.get(key);
    const actual = votes.get(key) ?? 0;
    if (ledger.votes.has(key)) checked += 1;
    if (actual === acked || actual === inFlight) continue;
    if (ledger.votes.has(key)) f.losses.push(`vote ${key}: acknowledged ${acked} dots, stored ${actual}`);
    else f.phantoms.push(`vote ${key}: ${actual} dots that no request set`);
  }

  const byBody = groupBy(stored.comments, (c) => c.body);
  for (const comment of ledger.comments.values()) {
    const rows = byBody.get(comment.body) ?? [];
    if (rows.length > 1) f.doubles.push(`comment "${comment.body}" stored ${rows.length} times`);
    if (!comment.acked) continue;
    checked += 1;
    if (!rows.some((r) => r.id === comment.id && r.idea_id === comment.ideaId)) {
      f.losses.push(`acknowledged comment "${comment.body}" (${comment.id}) missing`);
    }
  }
  for (const [body, rows] of byBody) {
    if (!ledger.comments.has(body)) f.phantoms.push(`comment "${body}" ×${rows.length} that no request sent`);
  }

  const ideaById = new Map(stored.ideas.map((i) => [i.id, i]));
  for (const { id } of ledger.ideas) {
    const row = ideaById.get(id);
    if (!row) continue; // reported with the posts
    const acked = ledger.statuses.get(id);
    const inFlight = ledger.statusesInFlight.get(id);
    const actual = { status: row.status, reason: row.status_reason };
    const same = (c: { status: string; reason: string } | undefined) =>
      c
        ? c.status === actual.status && c.reason === actual.reason
        : actual.status === "new" && !actual.reason;
    if (acked) checked += 1;
    if (!same(acked) && !(inFlight && same(inFlight))) {
      f.losses.push(
        `idea ${id}: status ${JSON.stringify(actual)}, acknowledged ${JSON.stringify(acked ?? "new")}`,
      );
    }
  }
  for (const [reason, { acked }] of ledger.statusReasons) {
    const n = stored.reasons.get(reason) ?? 0;
    if (n > 1) f.doubles.push(`status change "${reason}" in the history ${n} times`);
    if (acked && n === 0) f.losses.push(`acknowledged status change "${reason}" missing from the history`);
  }
  for (const reason of stored.reasons.keys()) {
    if (!ledger.statusReasons.has(reason)) f.phantoms.push(`status change "${reason}" that no request made`);
  }

  // One log may wait for its compaction while the next grows (a merge on the background
  // thread, a kill before the next write); more means crashes pile logs up.
  for (const log of stored.logs) {
    if (log.n > 2 * COMPACT_AFTER_UPDATES) f.unboundedLogs.push(`${log.name}: ${log.n} updates in its log`);
  }
  for (const d of stored.tallyDrift)
    f.tallies.push(`idea ${d.id}: vote_count ${d.vote_count}, votes sum ${d.sum}`);
  for (const d of stored.commentDrift) {
    f.tallies.push(`idea ${d.id}: comment_count ${d.comment_count}, visible comments ${d.n}`);
  }
  return checked;
}

/** The board document's ideas against the board's visible ideas in SQL. */
export function checkBoardDoc(
  boardId: string,
  docIdeas: Record<string, Record<string, unknown>>,
  stored: Stored,
  f: Findings,
): void {
  const visible = stored.ideas.filter(
    (i) => i.board_id === boardId && !i.pending && i.hidden_at === null && i.merged_into === null,
  );
  for (const row of visible) {
    const entry = docIdeas[row.id];
    const want = { title: row.title, status: row.status, votes: row.vote_count, comments: row.comment_count };
    const got = entry && {
      title: entry.title,
      status: entry.status,
      votes: entry.votes,
      comments: entry.comments,
    };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      f.tallies.push(
        `board:${boardId} idea ${row.id}: document ${JSON.stringify(got)}, SQL ${JSON.stringify(want)}`,
      );
    }
  }
  const ids = new Set(visible.map((i) => i.id));
  for (const id of Object.keys(docIdeas)) {
    if (!ids.has(id)) f.tallies.push(`board:${boardId} shows idea ${id}, which SQL does not`);
  }
}

export const tokensIn = (text: string) => text.match(/\[[^\]]+\]/g) ?? [];

/** Co-written text after a restart: everything a second client saw, once, nothing untyped. */
export function checkText(text: string, ledger: Ledger, f: Findings): number {
  const tokens = tokensIn(text);
  const kept = new Set(tokens);
  if (kept.size !== tokens.length) {
    const seen = new Set<string>();
    const twice = tokens.filter((t) => seen.has(t) || !seen.add(t));
    f.doubles.push(`co-written tokens twice: ${twice.slice(0, 10).join(" ")}`);
  }
  const missing = [...ledger.seenTokens].filter((t) => !kept.has(t));
  if (missing.length > 0) {
    f.losses.push(
      `${missing.length} co-written tokens a second client saw are gone: ${missing.slice(0, 10).join(" ")}`,
    );
  }
  const untyped = tokens.filter((t) => !ledger.typedTokens.has(t));
  if (untyped.length > 0)
    f.phantoms.push(`co-written tokens nobody typed: ${untyped.slice(0, 10).join(" ")}`);
  return ledger.seenTokens.size;
}
