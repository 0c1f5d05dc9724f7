import type { FeedbackMessages } from "./messages.types.ts";

export const feedbackDe: FeedbackMessages = {
  rateLimited: "Du hast uns gerade schon mehrere Nachrichten geschickt. Bitte warte eine Weile.",
  subject: "Neue Rückmeldung zur Barrierefreiheit",
  intro: "Über das Formular auf der Seite „Erklärung zur Barrierefreiheit“ kam diese Nachricht:",
  page: (url) => `Betrifft die Seite: ${url}`,
  replyTo: (address) => `Antwort erbeten an: ${address}`,
  noReply: "Ohne Antwortadresse gesendet.",
  from: (name) => `Gesendet von: ${name} (angemeldet)`,
  anonymous: "Gesendet ohne Anmeldung.",
  inbox: (url) => `Auch in deinen Benachrichtigungen: ${url}/notifications`,
  why: "Du bekommst diese Nachricht, weil du Quer für das Quartiersbüro verwaltest. Auf Rückmeldungen zur Barrierefreiheit antwortet das Büro innerhalb eines Monats.",
};
