import { type FeedbackNotice, feedbackInput } from "@quer/shared";
import { Hono } from "hono";
import { clientAddress } from "../http/client-address.ts";
import type { AppEnv } from "../http/env.ts";
import { rateLimited } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { feedbackMessages } from "./messages.ts";
import { notifyFeedback } from "./notify.ts";

/**
 * The accessibility statement's feedback form (decision 0039). Anyone may write, signed
 * in or not, blocked or not: telling the office about a barrier is everyone's right. A
 * few messages an hour per client address and per person keep a script from filling the
 * managers' inboxes; a signed-in sender is counted both ways. Mounted at `/api/feedback`.
 */
export const feedbackRoutes = new Hono<AppEnv>().post("/", jsonBody(feedbackInput), (c) => {
  const { commands, config, limits } = c.get("services");
  const input = c.req.valid("json");
  const session = c.get("session");
  const refuse = () => rateLimited((locale) => feedbackMessages(locale).rateLimited);
  const address = clientAddress(c);
  if (!limits.feedbackPerAddress.take(address)) throw refuse();
  if (session && !limits.feedbackPerPerson.take(session.user.id)) {
    limits.feedbackPerAddress.release(address);
    throw refuse();
  }
  const notice: FeedbackNotice = { message: input.message };
  if (input.replyTo) notice.replyTo = input.replyTo;
  if (input.page) notice.page = input.page;
  if (session) notice.from = session.user.name;
  commands.run((cx) => notifyFeedback(cx, notice, config.publicUrl));
  return c.json({ ok: true } as const, 201);
});
