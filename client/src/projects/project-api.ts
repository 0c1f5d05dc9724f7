import type { Fund, Project, ProjectStatus } from "@quer/shared";
import { api } from "../api/client.ts";

export interface ProjectAnswer {
  project: Project;
  fund: Fund;
  /** Team member or manager: may write the plan, change the status and post news. */
  canEdit: boolean;
  canJoin: boolean;
  /** Manager: title and money too. */
  canManage: boolean;
}

const base = (id: string) => `/projects/${encodeURIComponent(id)}`;

let ownChanges = 0;

/**
 * Whether this tab waits for the answer to its own change of a project. The live document
 * brings that change before the answer does; it is not news to announce.
 */
export const changingOwn = (): boolean => ownChanges > 0;

async function own<T>(request: () => Promise<T>): Promise<T> {
  ownChanges += 1;
  try {
    return await request();
  } finally {
    ownChanges -= 1;
  }
}

export function fetchProject(id: string): Promise<ProjectAnswer> {
  return api<ProjectAnswer>("GET", base(id));
}

export async function joinProject(id: string): Promise<Project> {
  return (await own(() => api<{ project: Project }>("POST", `${base(id)}/team`))).project;
}

export async function leaveProject(id: string): Promise<Project> {
  return (await own(() => api<{ project: Project }>("DELETE", `${base(id)}/team`))).project;
}

export function updateProject(
  id: string,
  patch: { title?: string; status?: ProjectStatus; budgetRequested?: number; budgetGranted?: number },
): Promise<{ project: Project; fund: Fund }> {
  return own(() => api<{ project: Project; fund: Fund }>("PATCH", base(id), patch));
}

export async function postNews(id: string, body: string): Promise<Project> {
  return (await own(() => api<{ project: Project }>("POST", `${base(id)}/news`, { body }))).project;
}

export async function promoteIdea(ideaId: string): Promise<Project> {
  return (await api<{ project: Project }>("POST", `/ideas/${encodeURIComponent(ideaId)}/promote`)).project;
}

export async function fetchFund(year: number): Promise<Fund> {
  return (await api<{ fund: Fund }>("GET", `/funds/${year}`)).fund;
}

export async function saveFund(year: number, amount: number): Promise<Fund> {
  return (await api<{ fund: Fund }>("PUT", `/funds/${year}`, { amount })).fund;
}
