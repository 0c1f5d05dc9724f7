import type { FeedbackInput } from "@quer/shared";
import { call, server } from "../api/client.ts";

/** Sends a message from the accessibility statement's form to the office's managers. */
export function sendFeedback(input: FeedbackInput): Promise<unknown> {
  return call(server.feedback.$post({ json: input }));
}
