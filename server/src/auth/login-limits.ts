import { setTimeout as sleep } from "node:timers/promises";
import { rateLimited } from "../http/errors.ts";
import { RateLimiter } from "../http/rate-limit.ts";

export interface LoginLimitOptions {
  /** Password checks per client address in a window (failed or still running). */
  perAddress: number;
  /** Password checks per account and address in a window (failed or still running). */
  perPair: number;
  /** Failures on one account, from anywhere, after which every check on it waits `slowdownMs`. */
  accountSlowAfter: number;
  slowdownMs: number;
  windowMs: number;
}

export const LOGIN_LIMITS: LoginLimitOptions = {
  perAddress: 50,
  perPair: 10,
  accountSlowAfter: 10,
  slowdownMs: 1000,
  windowMs: 15 * 60_000,
};

/** One password check, counted before it runs; settled once its answer is known. */
export interface PasswordAttempt {
  /** The bounded wait of an account that is being guessed at; resolves at once otherwise. */
  pause(): Promise<void>;
  /** The right password: the attempt is no failure, and the pair starts afresh. */
  succeeded(): void;
}

/**
 * Limits on password checks (decision 0015). Every attempt is counted before argon2
 * runs, so a hundred parallel guesses meet the limit as surely as a hundred in a row.
 * Refusals are per client address and per account-and-address pair only: failures from
 * other addresses never refuse the right password from an address that has not failed.
 * Failures on the account from anywhere only slow its checks down, by a fixed delay.
 */
export class LoginLimits {
  private readonly address: RateLimiter;
  private readonly pair: RateLimiter;
  private readonly account: RateLimiter;

  constructor(
    private readonly options: LoginLimitOptions = LOGIN_LIMITS,
    now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {
    this.address = new RateLimiter(options.perAddress, options.windowMs, now);
    this.pair = new RateLimiter(options.perPair, options.windowMs, now);
    // Only counts: an account-wide limit that refused would lock the owner out.
    this.account = new RateLimiter(Number.POSITIVE_INFINITY, options.windowMs, now);
  }

  /**
   * Counts one check of `account`'s password from `address`, or throws 429 without
   * counting when the address or the pair has used up its limit. Synchronous: call it
   * right before the check, with nothing awaited in between.
   */
  begin(address: string, account: string): PasswordAttempt {
    const pairKey = `${account}\u0000${address}`;
    if (this.address.blocked(address)) {
      throw rateLimited("tooManyLoginsHere", this.address.retryAfter(address));
    }
    if (this.pair.blocked(pairKey)) {
      throw rateLimited("tooManyLoginsAccount", this.pair.retryAfter(pairKey));
    }
    this.address.add(address);
    this.pair.add(pairKey);
    const before = this.account.add(account) - 1;
    const slow = before >= this.options.accountSlowAfter;
    return {
      pause: () => (slow ? this.wait(this.options.slowdownMs) : Promise.resolve()),
      succeeded: () => {
        this.address.release(address);
        this.account.release(account);
        this.pair.reset(pairKey);
      },
    };
  }
}
