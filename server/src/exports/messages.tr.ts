import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/en.ts). */
export const exportsTr: ExportMessages = {
  header: {
    id: "ID",
    title: "Title",
    kind: "Kind",
    category: "Category",
    status: "Status",
    statusReason: "Reason",
    votes: "Votes",
    comments: "Comments",
    createdAt: "Created",
    author: "By",
    coauthors: "Co-authors",
    contactOffice: "Forwarded to",
    contactPerson: "Contact person",
    contactEmail: "E-mail",
    contactPhone: "Phone",
    contactUrl: "Website",
  },
  kind: { idea: "Idea", problem: "Problem" },
  status: {
    new: "New",
    reviewing: "Under review",
    accepted: "Accepted",
    project: "Project",
    done: "Done",
    declined: "Declined",
    forwarded: "Forwarded",
  },
  nameSeparator: ", ",
  // Year first: day and month in either order would be misread by someone.
  dateTime: (p) => `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "table", contract: "raw", json: "data" },
  fileFallback: "topic",
  forbidden: "Exports are made by the neighbourhood manager.",
  notFound: "There is no such topic.",
};
