import type { ProjectDate, ProjectTask } from "@quer/shared/projects/doc";
import type * as Y from "yjs";

export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("");
}

export function readTask(m: Y.Map<unknown>): ProjectTask {
  const takenBy = m.get("takenBy") as ProjectTask["takenBy"] | undefined;
  return {
    id: String(m.get("id") ?? ""),
    title: String(m.get("title") ?? ""),
    done: m.get("done") === true,
    takenBy: takenBy && typeof takenBy.name === "string" ? takenBy : null,
  };
}

export function readDate(m: Y.Map<unknown>): ProjectDate {
  return {
    id: String(m.get("id") ?? ""),
    label: String(m.get("label") ?? ""),
    date: String(m.get("date") ?? ""),
  };
}
