import type { FeedbackMessages } from "./messages.types.ts";

export const feedbackLs: FeedbackMessages = {
  rateLimited:
    "Du hast uns schon viele Nachrichten geschickt. Bitte warte eine Weile. Dann kannst du wieder schreiben.",
  subject: "Neue Nachricht zur Barriere-Freiheit",
  intro:
    "Jemand hat das Formular auf der Seite „Erklärung zur Barriere-Freiheit“ benutzt. Das ist die Nachricht:",
  page: (url) => `Um diese Seite geht es: ${url}`,
  replyTo: (address) => `Bitte antworte an diese E-Mail-Adresse: ${address}`,
  noReply: "Die Person hat keine E-Mail-Adresse für eine Antwort geschrieben.",
  from: (name) => `Die Nachricht ist von: ${name}. Die Person war angemeldet.`,
  anonymous: "Die Person war nicht angemeldet.",
  inbox: (url) => `Du findest die Nachricht auch bei deinen Benachrichtigungen: ${url}/notifications`,
  why: "Du bekommst diese Nachricht. Denn du verwaltest Quer für das Quartiers-Büro. Das Quartiers-Büro antwortet auf diese Nachrichten. Das Büro antwortet in 1 Monat.",
};
