import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/de.ts). */
export const exportsDe: ExportMessages = {
  header: {
    id: "ID",
    title: "Titel",
    kind: "Art",
    category: "Kategorie",
    status: "Status",
    statusReason: "Begründung",
    votes: "Stimmen",
    comments: "Kommentare",
    createdAt: "Erstellt am",
    author: "Von",
    coauthors: "Mitschreibende",
    contactOffice: "Weitergeleitet an",
    contactPerson: "Ansprechperson",
    contactEmail: "E-Mail",
    contactPhone: "Telefon",
    contactUrl: "Webseite",
  },
  kind: { idea: "Idee", problem: "Problem" },
  status: {
    new: "Neu",
    reviewing: "Wird geprüft",
    accepted: "Angenommen",
    project: "Projekt",
    done: "Umgesetzt",
    declined: "Abgelehnt",
    forwarded: "Weitergeleitet",
  },
  nameSeparator: ", ",
  dateTime: (p) => `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "Tabelle", contract: "Rohdaten", json: "Daten" },
  fileFallback: "Thema",
  forbidden: "Exporte erstellt die Quartiersmanagerin.",
  notFound: "Dieses Thema gibt es nicht.",
};
