/**
 * Shape of `project:<id>` (co-edited by the team and managers), without zod so the
 * client imports it directly: `getText("goal")`, `getText("needs")`, `getArray("tasks")`
 * of Y.Map {id, title, done: boolean, takenBy: {id, name} | null}, `getArray("dates")` of
 * Y.Map {id, label, date: "YYYY-MM-DD"}.
 */
export const projectStatuses = ["planning", "running", "done", "stopped"] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const PROJECT_GOAL = "goal";
export const PROJECT_NEEDS = "needs";
export const PROJECT_TASKS = "tasks";
export const PROJECT_DATES = "dates";

export interface ProjectTask {
  id: string;
  title: string;
  done: boolean;
  takenBy: { id: string; name: string } | null;
}

export interface ProjectDate {
  id: string;
  label: string;
  /** "YYYY-MM-DD" */
  date: string;
}
