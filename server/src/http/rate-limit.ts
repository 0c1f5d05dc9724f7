import { AppError } from "./errors.ts";

/**
 * Counts attempts per key in fixed windows, in memory only: nothing about a client's
 * address ever reaches the disk, and a restart forgets everything.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records one attempt if the key is under its limit; false (and nothing recorded) when
   * it is not. Synchronous, so parallel requests each see the ones counted before them.
   */
  take(key: string): boolean {
    if (this.blocked(key)) return false;
    this.add(key);
    return true;
  }

  /** Records one attempt whatever the limit; the number recorded in this window so far. */
  add(key: string): number {
    const t = this.now();
    this.sweep(t);
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= t) {
      this.hits.set(key, { count: 1, resetAt: t + this.windowMs });
      return 1;
    }
    entry.count += 1;
    return entry.count;
  }

  /** Gives one recorded attempt back (one that turned out not to be a failure). */
  release(key: string): void {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= this.now()) return;
    entry.count -= 1;
    if (entry.count <= 0) this.hits.delete(key);
  }

  /** Whether a key has used up its limit, without counting an attempt. */
  blocked(key: string): boolean {
    const entry = this.hits.get(key);
    return !!entry && entry.resetAt > this.now() && entry.count >= this.limit;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  /** Seconds until the key may try again. */
  retryAfter(key: string): number {
    const entry = this.hits.get(key);
    return entry ? Math.max(1, Math.ceil((entry.resetAt - this.now()) / 1000)) : 0;
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return;
    this.lastSweep = t;
    for (const [key, entry] of this.hits) if (entry.resetAt <= t) this.hits.delete(key);
  }
}

/** Counts one write by this person; 429 with a clear message past the limit. */
export function limitWrites(limiter: RateLimiter, personId: string): void {
  if (!limiter.take(`write:${personId}`)) {
    throw new AppError("rate_limited", "tooManyWrites");
  }
}
