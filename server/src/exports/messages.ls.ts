import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/ls.ts). */
export const exportsLs: ExportMessages = {
  header: {
    id: "Nummer",
    title: "Überschrift",
    kind: "Idee oder Problem",
    category: "Bereich",
    status: "Stand",
    statusReason: "Grund",
    votes: "Stimmen",
    comments: "Kommentare",
    createdAt: "Geschrieben am",
    author: "Von",
    coauthors: "Schreiben mit",
    contactOffice: "Weiter-gegeben an",
    contactPerson: "Mensch zum Fragen",
    contactEmail: "E-Mail",
    contactPhone: "Telefon",
    contactUrl: "Internet-Seite",
  },
  kind: { idea: "Idee", problem: "Problem" },
  status: {
    new: "Neu",
    reviewing: "Wir prüfen",
    accepted: "Angenommen",
    project: "Projekt",
    done: "Fertig",
    declined: "Abgelehnt",
    forwarded: "Weiter-gegeben",
  },
  nameSeparator: ", ",
  dateTime: (p) => `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "Tabelle", contract: "Rohdaten", json: "Daten" },
  fileFallback: "Thema",
  forbidden: "Nur die Quartiers-Managerin kann Daten herunterladen.",
  notFound: "Dieses Thema gibt es nicht.",
};
