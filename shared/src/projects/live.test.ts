import { describe, expect, it } from "vitest";
import { type BoardDocProject, liveProject, readBoardDocProject } from "./live.ts";
import type { Project } from "./schemas.ts";

const entry: BoardDocProject = {
  id: "p1",
  ideaId: "i1",
  title: "Hochbeete",
  status: "running",
  budgetRequested: 30000,
  budgetGranted: 25000,
  fundYear: 2026,
  team: [
    { id: "u1", name: "Anna" },
    { id: "u2", name: "Ben" },
  ],
  news: [{ id: "n1", authorName: "Anna", body: "Erde ist da.", createdAt: "2026-05-01T10:00:00.000Z" }],
  fund: { year: 2026, amount: 500000, granted: 25000, left: 475000 },
};

const answer: Project = {
  id: "p1",
  ideaId: "i1",
  boardId: "b1",
  title: "Hochbeete",
  status: "planning",
  budgetRequested: 0,
  budgetGranted: 0,
  fundYear: 2026,
  team: [{ id: "u1", name: "Anna" }],
  member: false,
  news: [],
  createdAt: "2026-04-01T10:00:00.000Z",
};

describe("a project's live entry", () => {
  it("is read only whole", () => {
    expect(readBoardDocProject(entry)).toEqual(entry);
    expect(readBoardDocProject(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
    expect(readBoardDocProject({ ...entry, status: "bogus" })).toBeNull();
    expect(readBoardDocProject({ ...entry, budgetGranted: 1.5 })).toBeNull();
    expect(readBoardDocProject({ ...entry, team: [{ id: "u1" }] })).toBeNull();
    expect(readBoardDocProject({ ...entry, news: [{ id: "n1", body: "ohne Rest" }] })).toBeNull();
    const { fund: _fund, ...withoutFund } = entry;
    expect(readBoardDocProject(withoutFund)).toBeNull();
    expect(readBoardDocProject(null)).toBeNull();
    expect(readBoardDocProject("p1")).toBeNull();
  });

  it("lays over the answer, and tells a signed-in viewer whether they are on the team now", () => {
    const live = liveProject(answer, entry, "u2");
    expect(live).toMatchObject({ status: "running", budgetGranted: 25000, boardId: "b1", member: true });
    expect(live.team.map((m) => m.name)).toEqual(["Anna", "Ben"]);
    expect(live.news).toHaveLength(1);
    expect(liveProject(answer, undefined, "u2")).toBe(answer);
    const anonymous = { ...answer };
    delete anonymous.member;
    expect(liveProject(anonymous, entry, null).member).toBeUndefined();
  });
});
