import { users } from "@quer/db";
import { isLocale } from "@quer/shared/i18n/locales";
import { eq } from "drizzle-orm";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import type { ServerLocale } from "../http/locale.ts";
import type { Mailer } from "../notifications/mailer.ts";
import type { Log } from "../ops/log.ts";
import { passwordMessages } from "./messages.ts";
import { issueResetToken } from "./resets.ts";

/**
 * Sends reset links after the request has been answered: whether the address has an
 * account, and whatever looking it up and talking to the mail server take, never shows
 * in the answer or its timing (decision 0030).
 */
export class ResetMails {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly config: Pick<Config, "publicUrl">,
    private readonly log: Log,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the work for one request on a later turn of the event loop; never throws. */
  request(email: string, locale: ServerLocale): void {
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.send(email, locale))
      .catch((error: unknown) => this.log.error({ err: error }, "password reset mail failed"));
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Resolves once every request so far has been worked off (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async send(email: string, locale: ServerLocale): Promise<void> {
    const user = this.db
      .select({ id: users.id, blockedAt: users.blockedAt, locale: users.locale })
      .from(users)
      .where(eq(users.email, email))
      .get();
    // Guests have no address; blocked accounts get no mail from Quer.
    if (!user || user.blockedAt !== null) return;
    if (!this.mailer.enabled) {
      // The link would have to be shown to the office, who must never hold one.
      this.log.warn("password reset asked for, but no SMTP is configured: no mail sent");
      return;
    }
    const token = issueResetToken(this.db, user.id, this.now());
    // The account's own language once chosen: the form may have been sent from a
    // borrowed phone or a library computer set to another.
    const m = passwordMessages(isLocale(user.locale) ? user.locale : locale);
    const sent = await this.mailer.sendSecret({
      to: email,
      subject: m.mail.subject,
      text: m.mail.text(`${this.config.publicUrl}/reset/${token}`),
    });
    if (!sent) this.log.warn("password reset mail refused by the mail server");
  }
}
