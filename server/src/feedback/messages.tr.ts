import type { FeedbackMessages } from "./messages.types.ts";

export const feedbackTr: FeedbackMessages = {
  rateLimited: "You have just sent us several messages. Please wait a while.",
  subject: "New feedback on accessibility",
  intro: "This message came through the form on the page “Accessibility statement”:",
  page: (url) => `About the page: ${url}`,
  replyTo: (address) => `Please answer to: ${address}`,
  noReply: "Sent without a reply address.",
  from: (name) => `Sent by: ${name} (signed in)`,
  anonymous: "Sent without signing in.",
  inbox: (url) => `Also in your notifications: ${url}/notifications`,
  why: "You get this message because you manage Quer for the neighbourhood office. The office answers feedback on accessibility within one month.",
};
