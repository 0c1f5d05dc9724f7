import type { WorkshopMessages } from "./messages.types.ts";

export const workshopsDe: WorkshopMessages = {
  minutes: {
    heading: (board) => `Protokoll: ${board}`,
    start: (when) => `Beginn: ${when}`,
    end: (when) => `Ende: ${when}`,
    code: (code) => `Code: ${code}`,
    course: "Ablauf",
    started: "Start (Sammeln)",
    revealed: "Ergebnis aufgedeckt",
    ended: "Ende",
    phase: (name) => `Phase: ${name}`,
    phases: { collect: "Sammeln", cluster: "Ordnen", vote: "Punkten", results: "Ergebnis" },
    ideas: "Ideen",
    ungrouped: "Ohne Gruppe",
    points: (count, shown) => `${shown} ${count === 1 ? "Punkt" : "Punkte"}`,
    table: (title) => `Thementisch: ${title}`,
    noIdeas: "Keine Ideen.",
    decisions: "Beschlüsse",
    noDecisions: "Keine.",
    decided: {
      accepted: "angenommen",
      project: "wird Projekt",
      done: "umgesetzt",
      declined: "abgelehnt",
      forwarded: "weitergeleitet",
    },
    newProject: (title) => `Neues Projekt: ${title}`,
    fileSuffix: "Protokoll",
    fileFallback: "Workshop",
  },
  guestName: (tag) => `Gast ${tag}`,
};
