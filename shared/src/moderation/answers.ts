/**
 * When the office has answered a post, which posts still wait for an answer, and how
 * quickly the office answers. Pure and zod-free: the server lists and counts with it, and
 * the board's answer carries what `answerTime` makes of a board's posts.
 *
 * An answer is the office's first public word on a post in its status history: a change
 * to a status that decides something (anything but `new` and `reviewing`), or any status
 * change that carries a public reason. Moving a post to `reviewing` without a word tells
 * its author nothing, so it is not an answer; comments are conversation, not the office's
 * answer. The entry written when a post is created (`new`, no reason) is never one.
 */
import type { IdeaStatus } from "../ideas/rules.ts";

export const DAY_MS = 86_400_000;
/** Answers older than this no longer say how quickly the office answers today. */
export const ANSWER_WINDOW_DAYS = 90;
/** Fewer answers than this would make a median that misleads: none is shown. */
export const MIN_ANSWERS_FOR_MEDIAN = 5;

const NOT_DECIDED: readonly string[] = ["new", "reviewing"] satisfies readonly IdeaStatus[];

export interface StatusEntry {
  status: string;
  reason: string | null;
  /** Milliseconds since the epoch. */
  at: number;
}

/** What the rule needs to know of a post. */
export interface AnswerFacts {
  createdAt: number;
  pending: boolean;
  hidden: boolean;
  merged: boolean;
  /** The post's current status and public reason. */
  status: string;
  statusReason: string | null;
  /** Its status history, oldest first. */
  history: readonly StatusEntry[];
}

/** Whether a status (with its reason) is a public answer. */
export function isAnswer(entry: { status: string; reason: string | null }): boolean {
  return !NOT_DECIDED.includes(entry.status) || (entry.reason ?? "").trim() !== "";
}

/** The time of the office's first answer, from the history; undefined without one there. */
export function firstAnswerAt(post: AnswerFacts): number | undefined {
  return post.history.find(isAnswer)?.at;
}

/**
 * Whether the post has had its answer. A post whose history holds none but whose current
 * status is one (data from before the history was kept) counts as answered, at an unknown
 * time.
 */
export function isAnswered(post: AnswerFacts): boolean {
  return firstAnswerAt(post) !== undefined || isAnswer({ status: post.status, reason: post.statusReason });
}

/** Whole days since creation, never below zero. */
export function ageDays(createdAt: number, now: number): number {
  return Math.max(0, Math.floor((now - createdAt) / DAY_MS));
}

/**
 * Posts waiting for an answer: visible or pending (not hidden, not merged) and never
 * answered. Oldest first, with their age in whole days.
 */
export function waitingForAnswer<T extends AnswerFacts>(
  posts: readonly T[],
  now: number,
): (T & { ageDays: number })[] {
  return posts
    .filter((p) => !p.hidden && !p.merged && !isAnswered(p))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((p) => ({ ...p, ageDays: ageDays(p.createdAt, now) }));
}

/** How quickly the office answers: what a board shows residents. */
export interface AnswerTime {
  /** Median days to the first answer, rounded up (at least 1); null below the minimum of answers. */
  medianDays: number | null;
  /** Answers of the last 90 days the median is taken over. */
  answers: number;
}

/** Days from creation to first answer, for answers given in the last 90 days. */
function recentAnswerDays(posts: readonly AnswerFacts[], now: number): number[] {
  const since = now - ANSWER_WINDOW_DAYS * DAY_MS;
  const days: number[] = [];
  for (const p of posts) {
    const at = firstAnswerAt(p);
    if (at === undefined || at < since || at > now) continue;
    days.push(Math.max(0, at - p.createdAt) / DAY_MS);
  }
  return days;
}

/**
 * The median of (first answer − creation) in days over the answers of the last 90 days,
 * rounded up to whole days and at least 1 ("within a day"); null when fewer than five
 * answers were given.
 */
export function medianAnswerDays(posts: readonly AnswerFacts[], now: number): number | null {
  return answerTime(posts, now).medianDays;
}

export function answerTime(posts: readonly AnswerFacts[], now: number): AnswerTime {
  const days = recentAnswerDays(posts, now).sort((a, b) => a - b);
  if (days.length < MIN_ANSWERS_FOR_MEDIAN) return { medianDays: null, answers: days.length };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 === 1 ? (days[mid] ?? 0) : ((days[mid - 1] ?? 0) + (days[mid] ?? 0)) / 2;
  return { medianDays: Math.max(1, Math.ceil(median)), answers: days.length };
}
