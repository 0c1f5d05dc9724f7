import { funds, projectMembers, projects, projectUpdates, users } from "@quer/db";
import { type Fund, fundLeft, type Project } from "@quer/shared";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { ANONYMOUS_AUTHOR } from "../ideas/repo.ts";

export type ProjectRow = typeof projects.$inferSelect;

export function findProject(db: Db, id: string): ProjectRow | undefined {
  return db.select().from(projects).where(eq(projects.id, id)).get();
}

export function projectOfIdea(db: Db, ideaId: string): ProjectRow | undefined {
  return db.select().from(projects).where(eq(projects.ideaId, ideaId)).get();
}

export function teamOf(db: Db, projectId: string): { id: string; name: string }[] {
  return db
    .select({ id: users.id, name: users.name })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(projectMembers.joinedAt)
    .all();
}

export function projectView(db: Db, row: ProjectRow, viewerId: string | null): Project {
  const team = teamOf(db, row.id);
  const news = db
    .select({ u: projectUpdates, authorName: users.name })
    .from(projectUpdates)
    .leftJoin(users, eq(users.id, projectUpdates.authorId))
    .where(eq(projectUpdates.projectId, row.id))
    .orderBy(desc(projectUpdates.createdAt))
    .all()
    .map(({ u, authorName }) => ({
      id: u.id,
      authorName: authorName ?? ANONYMOUS_AUTHOR,
      body: u.body,
      createdAt: new Date(u.createdAt).toISOString(),
    }));
  const view: Project = {
    id: row.id,
    ideaId: row.ideaId,
    boardId: row.boardId,
    title: row.title,
    status: row.status,
    budgetRequested: row.budgetRequested,
    budgetGranted: row.budgetGranted,
    fundYear: row.fundYear,
    team,
    news,
    createdAt: new Date(row.createdAt).toISOString(),
  };
  if (viewerId) view.member = team.some((m) => m.id === viewerId);
  return view;
}

/** A year's fund with what the grants booked against it leave; amount 0 while unset. */
export function fundOf(db: Db, year: number): Fund {
  const amount = db.select().from(funds).where(eq(funds.year, year)).get()?.amount ?? 0;
  const grants = db
    .select({ granted: projects.budgetGranted })
    .from(projects)
    .where(eq(projects.fundYear, year))
    .all()
    .map((r) => r.granted);
  const granted = grants.reduce((a, b) => a + b, 0);
  return { year, amount, granted, left: fundLeft(amount, grants) };
}
