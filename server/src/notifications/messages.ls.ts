import type { NoticeMessages } from "./messages.types.ts";

export const noticesLs: NoticeMessages = {
  status: {
    new: "Neu",
    reviewing: "Wir prüfen",
    accepted: "Angenommen",
    project: "Wird ein Projekt",
    done: "Fertig",
    declined: "Abgelehnt",
    forwarded: "Weiter-gegeben",
  },
  greeting: "Hallo,",
  newStatus: (title, status) => `„${title}“: Neuer Stand: ${status}`,
  reason: (reason) => `Der Grund: ${reason}`,
  contact: {
    office: (name) => `Hier kannst du nachfragen: ${name}`,
    person: (name) => `Mensch zum Fragen: ${name}`,
    email: (address) => `E-Mail: ${address}`,
    phone: (number) => `Telefon: ${number}`,
    url: (address) => `Internet-Seite: ${address}`,
  },
  toIdea: (url) => `Zur Idee: ${url}`,
  statusSubject: (title, status) => `Neues zu „${title}“: ${status}`,
  project: {
    headline: (title) => `Aus „${title}“ wird ein Projekt!`,
    invitation:
      "Das Projekt hat ein Team, einen Plan und Neuigkeiten. Du kannst mitmachen. Das ist freiwillig.",
    link: (url) => `Zum Projekt: ${url}`,
    subject: (title) => `Gute Nachricht: Aus „${title}“ wird ein Projekt`,
  },
  approved: {
    headline: (title) => `Das Quartiers-Büro hat „${title}“ geprüft. Jetzt sehen alle deinen Beitrag.`,
    next: "Das Quartiers-Büro antwortet auf jeden Beitrag. Gibt es etwas Neues? Dann bekommst du eine Nachricht.",
    subject: (title) => `Alle sehen jetzt deinen Beitrag „${title}“`,
  },
  digest: {
    subjectOne: (title) => `Neues zu „${title}“`,
    subjectMany: (_count, shown) => `Neues zu ${shown} Ideen aus deinem Viertel`,
    intro: (date) => `am ${date} ist etwas bei deinen Ideen passiert. Das ist neu:`,
  },
  footer: {
    why: "Du bekommst diese Nachricht: Du hast bei dieser Idee mitgemacht. Zum Beispiel mit einem Kommentar oder einer Stimme.",
    stop: (url) => `Du möchtest keine E-Mails mehr? Dann klick hier: ${url}`,
  },
};
