/** What the password routes say, per language: the reset mail and their refusals. */
export interface PasswordMessages {
  mail: {
    subject: string;
    /** The mail's text; `link` stands on a line of its own, so mail programs make it clickable. */
    text: (link: string) => string;
  };
  /** The reset link is unknown, used or older than an hour. */
  tokenInvalid: string;
  /** Too many reset mails asked for from this client address. */
  tooManyRequests: string;
  /** Too many reset mails asked for one e-mail address. */
  tooManyForAddress: string;
  /** Too many wrong reset links from this client address. */
  tooManyTokens: string;
  /** The current password given to change it was wrong. */
  wrongCurrent: string;
  /** Too many wrong current passwords for this account. */
  tooManyChanges: string;
  /** Guests have no password to change. */
  noPassword: string;
}
