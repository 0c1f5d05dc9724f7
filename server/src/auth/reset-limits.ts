import { RateLimiter } from "../http/rate-limit.ts";

export interface ResetLimitOptions {
  /** Reset mails asked for per client address in a window. */
  requestsPerAddress: number;
  /** Reset mails asked for per e-mail address in a window, from anywhere. */
  requestsPerEmail: number;
  /** Unknown or expired reset links per client address in a window. */
  wrongTokensPerAddress: number;
  /** Wrong current passwords per account in a window, when changing the password. */
  wrongCurrentPerAccount: number;
  windowMs: number;
}

export const RESET_LIMITS: ResetLimitOptions = {
  requestsPerAddress: 20,
  requestsPerEmail: 3,
  wrongTokensPerAddress: 20,
  wrongCurrentPerAccount: 10,
  windowMs: 60 * 60_000,
};

/**
 * Limits on the password routes (decision 0030). Reset mails are limited per client
 * address (nobody floods inboxes from one place) and per e-mail address (nobody floods one
 * inbox from many places), counted whether or not the address has an account, so a
 * refusal says nothing about accounts. Wrong links are counted per client address. A
 * change of password counts its wrong current passwords per account: a stolen session
 * cannot be used to guess the password.
 */
export class ResetLimits {
  readonly requestsPerAddress: RateLimiter;
  readonly requestsPerEmail: RateLimiter;
  readonly wrongTokens: RateLimiter;
  readonly wrongCurrent: RateLimiter;

  constructor(options: ResetLimitOptions = RESET_LIMITS, now: () => number = Date.now) {
    this.requestsPerAddress = new RateLimiter(options.requestsPerAddress, options.windowMs, now);
    this.requestsPerEmail = new RateLimiter(options.requestsPerEmail, options.windowMs, now);
    this.wrongTokens = new RateLimiter(options.wrongTokensPerAddress, options.windowMs, now);
    this.wrongCurrent = new RateLimiter(options.wrongCurrentPerAccount, options.windowMs, now);
  }
}
