import type { WorkshopMessages } from "./messages.types.ts";

export const workshopsEn: WorkshopMessages = {
  minutes: {
    heading: (board) => `Minutes: ${board}`,
    start: (when) => `Start: ${when}`,
    end: (when) => `End: ${when}`,
    code: (code) => `Code: ${code}`,
    course: "Course of the workshop",
    started: "Start (collect)",
    revealed: "Result revealed",
    ended: "End",
    phase: (name) => `Phase: ${name}`,
    phases: { collect: "Collect", cluster: "Cluster", vote: "Vote", results: "Results" },
    ideas: "Ideas",
    ungrouped: "Without a group",
    points: (count, shown) => `${shown} ${count === 1 ? "dot" : "dots"}`,
    table: (title) => `Topic table: ${title}`,
    noIdeas: "No ideas.",
    decisions: "Decisions",
    noDecisions: "None.",
    decided: {
      accepted: "accepted",
      project: "becomes a project",
      done: "done",
      declined: "declined",
      forwarded: "forwarded",
    },
    newProject: (title) => `New project: ${title}`,
    fileSuffix: "minutes",
    fileFallback: "workshop",
  },
  guestName: (tag) => `Guest ${tag}`,
};
