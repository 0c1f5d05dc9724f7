import type { Findings } from "./crash-checks.ts";
import { type Kind, type Ledger, voteKey } from "./crash-ledger.ts";

/** mulberry32: small, seedable, and the same sequence on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** A whole number from 0 to n − 1. */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.int(items.length)];
  }
}

/** One actor's own sequence, so what each does is the same on a replay whatever the timing. */
export const rngFor = (seed: number, trial: number, actor: number) =>
  new Rng((seed ^ Math.imul(trial + 1, 0x9e3779b1) ^ Math.imul(actor + 1, 0x85ebca6b)) >>> 0);

export interface Someone {
  id: string;
  cookie: string;
}

export interface Cast {
  url: string;
  upBoard: string;
  dotsBoard: string;
  dotsBudget: number;
  residents: Someone[];
  manager: Someone;
}

// Tests read answers field by field; a loose type keeps that terse.
// biome-ignore lint/suspicious/noExplicitAny: test-only JSON answers
export type Json = any;

/**
 * One HTTP request as a browser would send it. Null when no answer came: the server died
 * before or while answering, so the request may or may not have happened.
 */
export async function send(
  url: string,
  who: Someone,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json } | null> {
  try {
    const res = await fetch(url + path, {
      method,
      headers: {
        origin: url,
        cookie: who.cookie,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  } catch {
    return null;
  }
}

export interface LoadState {
  /** Set together with the kill: no actor starts another request. */
  killed: boolean;
  /** Writes acknowledged so far in this trial; `onAck` hears of each. */
  acks: number;
  onAck?: () => void;
  /** Answers no correct server gives (a 5xx, a refusal of a valid request). */
  problems: string[];
}

const STATUSES = ["reviewing", "accepted", "declined", "done", "new"] as const;

/** One request: true once acknowledged; false when no answer came (or a wrong one). */
type Step = () => Promise<boolean>;

function residentStep(
  cast: Cast,
  ledger: Ledger,
  state: LoadState,
  who: Someone,
  rng: Rng,
  tag: string,
): Step {
  const expect = (answer: { status: number; json: Json }, status: number, what: string) => {
    if (answer.status === status) return true;
    state.problems.push(`${what}: ${answer.status} ${JSON.stringify(answer.json)}`);
    return false;
  };
  const post: Step = async () => {
    const boardId = rng.int(3) === 0 ? cast.dotsBoard : cast.upBoard;
    const kind: Kind = rng.int(4) === 0 ? "problem" : "idea";
    const key = rng.int(2) === 0 ? `key-${tag}` : null;
    const record = ledger.postSent({
      title: `Idee ${tag}`,
      body: `Beschreibung ${tag}`,
      kind,
      boardId,
      authorId: who.id,
      key,
    });
    const answer = await send(
      cast.url,
      who,
      "POST",
      `/api/boards/${boardId}/ideas`,
      { title: record.title, body: record.body, kind },
      key ? { "idempotency-key": key } : {},
    );
    if (!answer) return false;
    if (!expect(answer, 201, `post ${record.title}`)) return false;
    ledger.postAcked(record, answer.json.idea.id);
    return true;
  };
  const roll = rng.int(100);
  if (roll < 20) return post;
  if (roll < 75) {
    const onDots = rng.int(2) === 0;
    const candidates = ledger.ideas.filter((i) => i.boardId === (onDots ? cast.dotsBoard : cast.upBoard));
    const idea = rng.pick(candidates);
    if (!idea) return post;
    const current = ledger.votes.get(voteKey(who.id, idea.id)) ?? 0;
    let dots: number;
    if (onDots) {
      const room = cast.dotsBudget - ledger.dotsSpent(who.id, cast.dotsBoard, idea.id);
      dots = rng.between(0, Math.min(room, 4));
    } else {
      dots = current > 0 ? 0 : 1;
    }
    return async () => {
      ledger.voteSent(who.id, idea.id, dots);
      const answer =
        dots === 0
          ? await send(cast.url, who, "DELETE", `/api/ideas/${idea.id}/vote`)
          : await send(cast.url, who, "PUT", `/api/ideas/${idea.id}/vote`, onDots ? { dots } : undefined);
      if (!answer) return false;
      if (!expect(answer, 200, `vote ${dots} on ${idea.id}`)) return false;
      ledger.voteAcked(who.id, idea.id, dots);
      return true;
    };
  }
  const idea = rng.pick(ledger.ideas);
  if (!idea) return post;
  const body = `Kommentar ${tag}`;
  return async () => {
    const record = ledger.commentSent(body, idea.id);
    const answer = await send(cast.url, who, "POST", `/api/ideas/${idea.id}/comments`, { body });
    if (!answer) return false;
    if (!expect(answer, 201, `comment on ${idea.id}`)) return false;
    ledger.commentAcked(record, answer.json.comment.id);
    return true;
  };
}

function managerStep(cast: Cast, ledger: Ledger, state: LoadState, rng: Rng, tag: string): Step {
  const idea = rng.pick(ledger.ideas);
  if (!idea) throw new Error("the manager needs an idea to answer");
  const change = { status: STATUSES[rng.int(STATUSES.length)] as string, reason: `Grund ${tag}` };
  return async () => {
    ledger.statusSent(idea.id, change);
    const answer = await send(cast.url, cast.manager, "POST", `/api/ideas/${idea.id}/status`, change);
    if (!answer) return false;
    if (answer.status !== 200) {
      state.problems.push(`status on ${idea.id}: ${answer.status} ${JSON.stringify(answer.json)}`);
      return false;
    }
    ledger.statusAcked(idea.id, change);
    return true;
  };
}

/**
 * Every resident and the manager send one request after another, each as soon as the
 * last was answered, until the kill; resolves once every one of them has stopped. A
 * request without an answer stays in the ledger as in flight.
 */
export async function runLoad(
  cast: Cast,
  ledger: Ledger,
  state: LoadState,
  seed: number,
  trial: number,
): Promise<void> {
  const actor = async (index: number, next: (rng: Rng, n: number) => Step) => {
    const rng = rngFor(seed, trial, index);
    for (let n = 0; !state.killed; n++) {
      if (!(await next(rng, n)())) return;
      state.acks += 1;
      state.onAck?.();
    }
  };
  await Promise.all([
    ...cast.residents.map((who, i) =>
      actor(i, (rng, n) => residentStep(cast, ledger, state, who, rng, `t${trial}-a${i}-${n}`)),
    ),
    actor(cast.residents.length, (rng, n) => managerStep(cast, ledger, state, rng, `t${trial}-m-${n}`)),
  ]);
}

/**
 * Sends every post that has an Idempotency-Key and no answer again, with its key, as a
 * phone would once the server is back: it must then exist exactly once, with the id an
 * earlier, lost answer would have carried.
 */
export async function resendKeyedPosts(cast: Cast, ledger: Ledger, f: Findings): Promise<void> {
  const who = new Map(cast.residents.map((r) => [r.id, r]));
  for (const post of ledger.posts.values()) {
    if (!post.key || post.answered) continue;
    const author = who.get(post.authorId);
    if (!author) continue;
    let answer: Awaited<ReturnType<typeof send>> = null;
    // A pooled connection to the dead server may fail once; the key makes sending again safe.
    for (let attempt = 0; attempt < 3 && !answer; attempt++) {
      answer = await send(
        cast.url,
        author,
        "POST",
        `/api/boards/${post.boardId}/ideas`,
        { title: post.title, body: post.body, kind: post.kind },
        { "idempotency-key": post.key },
      );
    }
    if (answer?.status !== 201) {
      f.wrongAnswers.push(
        `post "${post.title}" sent again: ${answer?.status} ${JSON.stringify(answer?.json)}`,
      );
      continue;
    }
    const id = answer.json.idea.id as string;
    if (post.id && post.id !== id)
      f.doubles.push(`post "${post.title}" sent again became ${id}, not ${post.id}`);
    ledger.postAcked(post, id);
  }
}
