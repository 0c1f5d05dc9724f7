import type { Fund, Project, UpdateProjectInput } from "@quer/shared";
import type { InferResponseType } from "hono/client";
import { call, seg, server } from "../api/client.ts";

const project = server.projects[":id"];
const fund = server.funds[":year"];

/** The project page's answer, as the server declares it (`projects/routes.ts`). */
export type ProjectAnswer = InferResponseType<typeof project.$get, 200>;

const param = (id: string) => ({ param: { id: seg(id) } });

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
  return call(project.$get(param(id)));
}

export async function joinProject(id: string): Promise<Project> {
  return (await own(() => call(project.team.$post(param(id))))).project;
}

export async function leaveProject(id: string): Promise<Project> {
  return (await own(() => call(project.team.$delete(param(id))))).project;
}

export function updateProject(
  id: string,
  patch: UpdateProjectInput,
): Promise<{ project: Project; fund: Fund }> {
  return own(() => call(project.$patch({ ...param(id), json: patch })));
}

export async function postNews(id: string, body: string): Promise<Project> {
  return (await own(() => call(project.news.$post({ ...param(id), json: { body } })))).project;
}

export async function promoteIdea(ideaId: string): Promise<Project> {
  return (await call(server.ideas[":id"].promote.$post(param(ideaId)))).project;
}

export async function fetchFund(year: number): Promise<Fund> {
  return (await call(fund.$get({ param: { year: seg(year) } }))).fund;
}

export async function saveFund(year: number, amount: number): Promise<Fund> {
  return (await call(fund.$put({ param: { year: seg(year) }, json: { amount } }))).fund;
}
