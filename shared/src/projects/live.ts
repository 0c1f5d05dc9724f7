import { type ProjectStatus, projectStatuses } from "./doc.ts";
import type { Fund, Project, ProjectNews } from "./schemas.ts";

/**
 * A project's facts that only the server writes (team, money, news, stage, its year's
 * fund), as `board:<boardId>` carries them: `getMap("projects")` maps a project id to a
 * Y.Map with the keys of BoardDocProject. The plan the team writes is `project:<id>`;
 * this part is written from SQL in the command that changes it, so every open project
 * page follows at once. Without zod, so the client reads it directly
 * (`@quer/shared/projects/live`).
 */
export const BOARD_PROJECTS = "projects";

export interface BoardDocProject {
  id: string;
  ideaId: string;
  title: string;
  status: ProjectStatus;
  budgetRequested: number;
  budgetGranted: number;
  fundYear: number;
  /** In the order they joined. */
  team: { id: string; name: string }[];
  /** Newest first. */
  news: ProjectNews[];
  /** The fund of `fundYear`, with what every grant booked against it leaves. */
  fund: Fund;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isString = (v: unknown): v is string => typeof v === "string";
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

function isMember(v: unknown): v is { id: string; name: string } {
  return isRecord(v) && isString(v.id) && isString(v.name);
}

function isNews(v: unknown): v is ProjectNews {
  return isRecord(v) && isString(v.id) && isString(v.authorName) && isString(v.body) && isString(v.createdAt);
}

function isFund(v: unknown): v is Fund {
  return isRecord(v) && isCount(v.year) && isCount(v.amount) && isCount(v.granted) && isCount(v.left);
}

/**
 * The entry if it has the whole shape, else null: a page never shows half an entry (a
 * document written by an older server, say) and keeps what its answer said instead.
 */
export function readBoardDocProject(value: unknown): BoardDocProject | null {
  if (!isRecord(value)) return null;
  const ok =
    isString(value.id) &&
    isString(value.ideaId) &&
    isString(value.title) &&
    (projectStatuses as readonly unknown[]).includes(value.status) &&
    isCount(value.budgetRequested) &&
    isCount(value.budgetGranted) &&
    isCount(value.fundYear) &&
    Array.isArray(value.team) &&
    value.team.every(isMember) &&
    Array.isArray(value.news) &&
    value.news.every(isNews) &&
    isFund(value.fund);
  return ok ? (value as unknown as BoardDocProject) : null;
}

/** The entry the server writes for a project as its answer shows it. */
export function boardDocProject(project: Project, fund: Fund): BoardDocProject {
  return {
    id: project.id,
    ideaId: project.ideaId,
    title: project.title,
    status: project.status,
    budgetRequested: project.budgetRequested,
    budgetGranted: project.budgetGranted,
    fundYear: project.fundYear,
    team: project.team.map(({ id, name }) => ({ id, name })),
    news: project.news.map(({ id, authorName, body, createdAt }) => ({ id, authorName, body, createdAt })),
    fund,
  };
}

/**
 * The answer's project with the live entry laid over it. `member` is read again from the
 * live team for a signed-in viewer (the answer sets it only for them).
 */
export function liveProject(
  project: Project,
  entry: BoardDocProject | undefined,
  viewerId: string | null,
): Project {
  if (!entry) return project;
  const live: Project = {
    ...project,
    title: entry.title,
    status: entry.status,
    budgetRequested: entry.budgetRequested,
    budgetGranted: entry.budgetGranted,
    fundYear: entry.fundYear,
    team: entry.team,
    news: entry.news,
  };
  if (viewerId !== null && project.member !== undefined) {
    live.member = entry.team.some((m) => m.id === viewerId);
  }
  return live;
}
