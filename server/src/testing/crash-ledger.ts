/**
 * What a crash test's clients were told: every write the server acknowledged, and the
 * requests still unanswered when it died (they may or may not have happened, but at most
 * once). After each restart the checks compare the database with it, then `settle`
 * folds what the in-flight requests turned out to have done into the acknowledged state.
 */

export type Kind = "idea" | "problem";

export interface PostRecord {
  title: string;
  body: string;
  kind: Kind;
  boardId: string;
  authorId: string;
  /** Idempotency-Key sent with it; a post without an answer is sent again with it. */
  key: string | null;
  /** Known once the server answered (or a check found the row). */
  id: string | null;
  /** Answered, or found after a restart: from then on it must survive every kill. */
  acked: boolean;
  /** The client got its 201. */
  answered: boolean;
}

export interface CommentRecord {
  body: string;
  ideaId: string;
  id: string | null;
  acked: boolean;
}

export interface StatusChange {
  status: string;
  reason: string;
}

export const voteKey = (userId: string, ideaId: string) => `${userId}|${ideaId}`;

export class Ledger {
  /** By title (unique per post). */
  readonly posts = new Map<string, PostRecord>();
  /** By body (unique per comment). */
  readonly comments = new Map<string, CommentRecord>();
  /** (user, idea) → dots the last acknowledged request left; 0 for no vote. */
  readonly votes = new Map<string, number>();
  /** (user, idea) → dots the unanswered request asked for. */
  readonly votesInFlight = new Map<string, number>();
  /** Idea → the last acknowledged status change. */
  readonly statuses = new Map<string, StatusChange>();
  /** Idea → the unanswered status change. */
  readonly statusesInFlight = new Map<string, StatusChange>();
  /** Every status change by its (unique) reason: acknowledged or not. */
  readonly statusReasons = new Map<string, { ideaId: string; acked: boolean }>();
  /** Ideas known to exist, by board: what votes, comments and statuses aim at. */
  readonly ideas: { id: string; boardId: string }[] = [];
  /** Co-written tokens a second client was sent (acknowledged), and every token typed. */
  readonly seenTokens = new Set<string>();
  readonly typedTokens = new Set<string>();
  /** Distinct acknowledged writes, per kind. */
  readonly acknowledged = { posts: 0, votes: 0, comments: 0, statuses: 0, text: 0 };

  postSent(post: Omit<PostRecord, "id" | "acked" | "answered">): PostRecord {
    const record: PostRecord = { ...post, id: null, acked: false, answered: false };
    this.posts.set(post.title, record);
    return record;
  }

  postAcked(record: PostRecord, id: string): void {
    if (!record.acked) this.ideas.push({ id, boardId: record.boardId });
    record.id = id;
    record.acked = true;
    record.answered = true;
    this.acknowledged.posts += 1;
  }

  voteSent(userId: string, ideaId: string, dots: number): void {
    this.votesInFlight.set(voteKey(userId, ideaId), dots);
  }

  voteAcked(userId: string, ideaId: string, dots: number): void {
    const key = voteKey(userId, ideaId);
    this.votesInFlight.delete(key);
    this.votes.set(key, dots);
    this.acknowledged.votes += 1;
  }

  commentSent(body: string, ideaId: string): CommentRecord {
    const record: CommentRecord = { body, ideaId, id: null, acked: false };
    this.comments.set(body, record);
    return record;
  }

  commentAcked(record: CommentRecord, id: string): void {
    record.id = id;
    record.acked = true;
    this.acknowledged.comments += 1;
  }

  statusSent(ideaId: string, change: StatusChange): void {
    this.statusesInFlight.set(ideaId, change);
    this.statusReasons.set(change.reason, { ideaId, acked: false });
  }

  statusAcked(ideaId: string, change: StatusChange): void {
    this.statusesInFlight.delete(ideaId);
    this.statuses.set(ideaId, change);
    const reason = this.statusReasons.get(change.reason);
    if (reason) reason.acked = true;
    this.acknowledged.statuses += 1;
  }

  textSeen(tokens: Iterable<string>): void {
    for (const token of tokens) {
      if (this.seenTokens.has(token)) continue;
      this.seenTokens.add(token);
      this.acknowledged.text += 1;
    }
  }

  /** Dots this person has on the board's ideas other than `except`. */
  dotsSpent(userId: string, boardId: string, except: string): number {
    let spent = 0;
    for (const idea of this.ideas) {
      if (idea.boardId !== boardId || idea.id === except) continue;
      spent += this.votes.get(voteKey(userId, idea.id)) ?? 0;
    }
    return spent;
  }

  /**
   * After a check: what each request in flight at the kill turned out to have done
   * becomes part of what must survive later kills; what it did not do is forgotten, so
   * that it appearing later counts as a phantom. Keyed posts not found stay in flight
   * until they are sent again.
   */
  settle(stored: {
    ideas: { id: string; title: string; status: string; status_reason: string | null }[];
    votes: { idea_id: string; user_id: string; dots: number }[];
    comments: { id: string; body: string }[];
  }): { inFlight: number; happened: number } {
    const inFlight =
      [...this.posts.values()].filter((p) => !p.acked).length +
      this.votesInFlight.size +
      [...this.comments.values()].filter((c) => !c.acked).length +
      this.statusesInFlight.size;
    let happened = 0;
    const byTitle = new Map(stored.ideas.map((i) => [i.title, i]));
    for (const post of [...this.posts.values()]) {
      if (post.acked) continue;
      const row = byTitle.get(post.title);
      if (row) {
        happened += 1;
        post.id = row.id;
        post.acked = true;
        this.ideas.push({ id: row.id, boardId: post.boardId });
      } else if (!post.key) {
        this.posts.delete(post.title);
      }
    }
    const votes = new Map(stored.votes.map((v) => [voteKey(v.user_id, v.idea_id), v.dots]));
    for (const [key, dots] of this.votesInFlight) {
      const now = votes.get(key) ?? 0;
      if (now === dots && now !== (this.votes.get(key) ?? 0)) happened += 1;
      this.votes.set(key, now);
    }
    this.votesInFlight.clear();
    const comments = new Map(stored.comments.map((c) => [c.body, c]));
    for (const comment of [...this.comments.values()]) {
      if (comment.acked) continue;
      const row = comments.get(comment.body);
      if (row) {
        happened += 1;
        comment.id = row.id;
        comment.acked = true;
      } else {
        this.comments.delete(comment.body);
      }
    }
    const ideas = new Map(stored.ideas.map((i) => [i.id, i]));
    for (const [ideaId, change] of this.statusesInFlight) {
      const row = ideas.get(ideaId);
      const reason = this.statusReasons.get(change.reason);
      if (row?.status === change.status && row.status_reason === change.reason && reason) {
        happened += 1;
        this.statuses.set(ideaId, change);
        reason.acked = true;
      } else {
        this.statusReasons.delete(change.reason);
      }
    }
    this.statusesInFlight.clear();
    return { inFlight, happened };
  }

  get total(): number {
    const a = this.acknowledged;
    return a.posts + a.votes + a.comments + a.statuses + a.text;
  }
}
