import { setTimeout as sleep } from "node:timers/promises";
import { rateLimited } from "../http/errors.ts";
import { RateLimiter } from "../http/rate-limit.ts";

export interface JoinLimitOptions {
  /** Wrong codes per client address in a window before its attempts are slowed. */
  wrongPerAddress: number;
  windowMs: number;
  /** How long each attempt of a slowed address waits before its code is looked up. */
  delayMs: number;
  /** Waiting attempts per address; above a room's size, so a room is never refused. */
  maxSlowedPerAddress: number;
}

/** Arithmetic in decision 0015: at most 400 / 2 s = 200 guesses a second per slowed address. */
export const JOIN_LIMITS: JoinLimitOptions = {
  wrongPerAddress: 20,
  windowMs: 10 * 60_000,
  delayMs: 2000,
  maxSlowedPerAddress: 400,
};

/**
 * Limits on guessing workshop codes (decision 0015). A whole room shares one address, so
 * a right code is never refused for what others did there; an address that has sent too
 * many wrong codes is slowed down instead: each of its attempts waits before its code is
 * looked up, and only a bounded number may wait at once.
 */
export class JoinLimits {
  private readonly wrong: RateLimiter;
  private readonly waiting = new Map<string, number>();

  constructor(
    private readonly options: JoinLimitOptions = JOIN_LIMITS,
    now: () => number = Date.now,
  ) {
    this.wrong = new RateLimiter(options.wrongPerAddress, options.windowMs, now);
  }

  /** Whether this address has used up its wrong codes: its attempts are then slowed. */
  slowed(address: string): boolean {
    return this.wrong.blocked(address);
  }

  /**
   * One attempt of a slowed address waits out the delay; 429 at once (code unchecked)
   * when the address already has as many waiting as it may.
   */
  async slowDown(address: string): Promise<void> {
    const waiting = this.waiting.get(address) ?? 0;
    if (waiting >= this.options.maxSlowedPerAddress) {
      throw rateLimited("tooManyJoinsAtOnce", Math.ceil(this.options.delayMs / 1000));
    }
    this.waiting.set(address, waiting + 1);
    try {
      await sleep(this.options.delayMs);
    } finally {
      const left = (this.waiting.get(address) ?? 1) - 1;
      if (left > 0) this.waiting.set(address, left);
      else this.waiting.delete(address);
    }
  }

  /** Counts a wrong code from an address that was not slowed. */
  wrongCode(address: string): void {
    this.wrong.add(address);
  }

  retryAfter(address: string): number {
    return this.wrong.retryAfter(address);
  }
}
