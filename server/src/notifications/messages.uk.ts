import type { NoticeMessages } from "./messages.types.ts";

export const noticesUk: NoticeMessages = {
  status: {
    new: "New",
    reviewing: "Being reviewed",
    accepted: "Accepted",
    project: "Becoming a project",
    done: "Done",
    declined: "Declined",
    forwarded: "Forwarded",
  },
  greeting: "Hello,",
  newStatus: (title, status) => `“${title}” – new status: ${status}`,
  reason: (reason) => `Reason: ${reason}`,
  contact: {
    office: (name) => `In charge: ${name}`,
    person: (name) => `Contact person: ${name}`,
    email: (address) => `Email: ${address}`,
    phone: (number) => `Phone: ${number}`,
    url: (address) => `Web: ${address}`,
  },
  toIdea: (url) => `To the idea: ${url}`,
  statusSubject: (title, status) => `News about “${title}”: ${status}`,
  project: {
    headline: (title) => `“${title}” is becoming a project!`,
    invitation: "The project has a team, a plan and news – join in if you like.",
    link: (url) => `To the project: ${url}`,
    subject: (title) => `Good news: “${title}” is becoming a project`,
  },
  approved: {
    headline: (title) => `“${title}” has been checked and everyone can see it now.`,
    next: "The neighbourhood office answers every post; you will hear when something happens.",
    subject: (title) => `Your post “${title}” is published`,
  },
  digest: {
    subjectOne: (title) => `News about “${title}”`,
    subjectMany: (_count, shown) => `News about ${shown} ideas from your neighbourhood`,
    intro: (date) => `this is what happened on ${date} with the ideas you take part in:`,
  },
  footer: {
    why: "You get this message because you wrote, co-wrote, supported or commented on the idea.",
    stop: (url) => `No more emails: ${url}`,
  },
};
