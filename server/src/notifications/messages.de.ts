import type { NoticeMessages } from "./messages.types.ts";

export const noticesDe: NoticeMessages = {
  status: {
    new: "Neu",
    reviewing: "Wird geprüft",
    accepted: "Angenommen",
    project: "Wird Projekt",
    done: "Umgesetzt",
    declined: "Abgelehnt",
    forwarded: "Weitergeleitet",
  },
  greeting: "Hallo,",
  newStatus: (title, status) => `„${title}“ – neuer Stand: ${status}`,
  reason: (reason) => `Begründung: ${reason}`,
  contact: {
    office: (name) => `Zuständig: ${name}`,
    person: (name) => `Ansprechperson: ${name}`,
    email: (address) => `E-Mail: ${address}`,
    phone: (number) => `Telefon: ${number}`,
    url: (address) => `Web: ${address}`,
  },
  toIdea: (url) => `Zur Idee: ${url}`,
  statusSubject: (title, status) => `Neuigkeiten zu „${title}“: ${status}`,
  project: {
    headline: (title) => `„${title}“ wird ein Projekt!`,
    invitation: "Das Projekt hat ein Team, einen Plan und Neuigkeiten – mach mit, wenn du magst.",
    link: (url) => `Zum Projekt: ${url}`,
    subject: (title) => `Gute Nachricht: „${title}“ wird ein Projekt`,
  },
  approved: {
    headline: (title) => `„${title}“ ist geprüft und jetzt für alle sichtbar.`,
    next: "Das Quartiersbüro antwortet auf jeden Beitrag; du bekommst Bescheid, wenn sich etwas tut.",
    subject: (title) => `Dein Beitrag „${title}“ ist veröffentlicht`,
  },
  digest: {
    subjectOne: (title) => `Neuigkeiten zu „${title}“`,
    subjectMany: (_count, shown) => `Neuigkeiten zu ${shown} Ideen aus deinem Viertel`,
    intro: (date) => `das hat sich am ${date} bei den Ideen getan, an denen du beteiligt bist:`,
  },
  footer: {
    why: "Du bekommst diese Nachricht, weil du die Idee geschrieben, mitgeschrieben, unterstützt oder kommentiert hast.",
    stop: (url) => `Keine E-Mails mehr: ${url}`,
  },
};
