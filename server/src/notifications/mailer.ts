import { outbox } from "@quer/db";
import { and, asc, eq, isNull, lt } from "drizzle-orm";
import { createTransport, type Transporter } from "nodemailer";
import type { Db } from "../db/open.ts";

const MAX_ATTEMPTS = 5;
const BATCH = 20;

/**
 * Sends what is in the outbox over SMTP. Without SMTP configured nothing is sent and
 * the manager reads the outbox in the app instead. A mail counts as sent only after
 * the SMTP server accepted it; failures are retried on the next kick.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Db,
    smtpUrl: string | null,
    private readonly from: string,
    /** Resolves once every commit so far is on disk: no mail tells of a change that could be lost. */
    private readonly durable: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.transport = smtpUrl ? createTransport(smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Starts a send run soon; runs never overlap. Resolves when the outbox is worked off. */
  kick(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.sendDue();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sendDue(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    for (;;) {
      await this.durable();
      const due = this.db
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lt(outbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outbox.createdAt))
        .limit(BATCH)
        .all();
      if (due.length === 0) return;
      let failures = 0;
      for (const mail of due) {
        try {
          await transport.sendMail({
            from: this.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            headers: (mail.headers as Record<string, string> | null) ?? {},
          });
          this.db
            .update(outbox)
            .set({ sentAt: Date.now(), attempts: mail.attempts + 1 })
            .where(eq(outbox.id, mail.id))
            .run();
        } catch (error) {
          failures += 1;
          this.db
            .update(outbox)
            .set({
              attempts: mail.attempts + 1,
              lastError: String((error as Error).message ?? error).slice(0, 500),
            })
            .where(eq(outbox.id, mail.id))
            .run();
        }
      }
      // A server that refuses everything is not hammered in a loop; the next kick retries.
      if (failures === due.length) return;
    }
  }

  /**
   * Sends one mail at once, never through the outbox: for mails that carry a secret (a
   * password reset link), which must not be written to the disk or shown to the office.
   * False when there is no SMTP or the server refused it; nothing is retried.
   */
  async sendSecret(mail: { to: string; subject: string; text: string }): Promise<boolean> {
    if (!this.transport) return false;
    await this.durable();
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    this.transport?.close();
  }
}
