import { describe, expect, it } from "vitest";
import { type Actor, type BoardFacts, can, type IdeaFacts, seesIdea } from "./can.ts";

const anonymous: Actor = { kind: "anonymous" };
const resident: Actor = { kind: "user", id: "u1", role: "resident", blocked: false };
const other: Actor = { kind: "user", id: "u2", role: "resident", blocked: false };
const blocked: Actor = { kind: "user", id: "u3", role: "resident", blocked: true };
const manager: Actor = { kind: "user", id: "m1", role: "manager", blocked: false };
const guest: Actor = { kind: "guest", id: "g1", boardId: "w1" };

const open: BoardFacts = {
  id: "b1",
  mode: "open",
  visibility: "public",
  postingOpen: true,
  voting: { kind: "up" },
  phase: null,
};
const closed: BoardFacts = { ...open, postingOpen: false };
const workshop: BoardFacts = {
  id: "w1",
  mode: "workshop",
  visibility: "private",
  postingOpen: true,
  voting: { kind: "dots", dots: 5 },
  phase: "vote",
  running: true,
};
const idea: IdeaFacts = { boardId: "b1", authorId: "u1", pending: false, hidden: false, merged: false };

describe("can", () => {
  it("lets anyone read a public board but only managers and its guests a private one", () => {
    expect(can(anonymous, "board.read", open)).toBe(true);
    expect(can(anonymous, "board.read", workshop)).toBe(false);
    expect(can(resident, "board.read", workshop)).toBe(false);
    expect(can(guest, "board.read", workshop)).toBe(true);
    expect(can(guest, "board.read", { ...workshop, id: "w2" })).toBe(false);
    expect(can(manager, "board.read", workshop)).toBe(true);
  });

  it("lets only managers create and change boards", () => {
    for (const actor of [anonymous, resident, blocked, guest]) {
      expect(can(actor, "board.create", null)).toBe(false);
      expect(can(actor, "board.update", open)).toBe(false);
    }
    expect(can(manager, "board.create", null)).toBe(true);
  });

  it("lets residents post where posting is open; blocked people and anonymous never", () => {
    expect(can(resident, "idea.create", open)).toBe(true);
    expect(can(resident, "idea.create", closed)).toBe(false);
    expect(can(manager, "idea.create", closed)).toBe(true);
    expect(can(blocked, "idea.create", open)).toBe(false);
    expect(can(anonymous, "idea.create", open)).toBe(false);
  });

  it("keeps guests inside their own workshop", () => {
    expect(can(guest, "idea.create", workshop)).toBe(true);
    expect(can(guest, "idea.create", open)).toBe(false);
    expect(can(guest, "idea.vote", { board: open, idea })).toBe(false);
  });

  it("allows votes only on visible, unmerged ideas", () => {
    expect(can(other, "idea.vote", { board: open, idea })).toBe(true);
    expect(can(other, "idea.vote", { board: open, idea: { ...idea, pending: true } })).toBe(false);
    expect(can(other, "idea.vote", { board: open, idea: { ...idea, merged: true } })).toBe(false);
    expect(can(blocked, "idea.vote", { board: open, idea })).toBe(false);
  });

  it("lets the author, co-authors and managers edit", () => {
    expect(can(resident, "idea.edit", { board: open, idea })).toBe(true);
    expect(can(other, "idea.edit", { board: open, idea })).toBe(false);
    expect(can(other, "idea.edit", { board: open, idea: { ...idea, coauthorIds: ["u2"] } })).toBe(true);
    expect(can(manager, "idea.edit", { board: open, idea })).toBe(true);
  });
});

describe("seesIdea", () => {
  it("shows pending and hidden ideas only to their author and managers", () => {
    const pending = { ...idea, pending: true };
    expect(seesIdea(resident, open, pending)).toBe(true);
    expect(seesIdea(other, open, pending)).toBe(false);
    expect(seesIdea(anonymous, open, { ...idea, hidden: true })).toBe(false);
    expect(seesIdea(manager, open, { ...idea, hidden: true })).toBe(true);
  });
});

describe("moderation capabilities", () => {
  it("lets signed-in people report what they see, but not blocked or anonymous people", () => {
    expect(can(other, "idea.report", { board: open, idea })).toBe(true);
    expect(can(guest, "idea.report", { board: workshop, idea: { ...idea, boardId: "w1" } })).toBe(true);
    expect(can(anonymous, "idea.report", { board: open, idea })).toBe(false);
    expect(can(blocked, "idea.report", { board: open, idea })).toBe(false);
    expect(can(other, "idea.report", { board: open, idea: { ...idea, pending: true } })).toBe(false);
  });

  it("keeps blocking people and the audit log to managers", () => {
    for (const actor of [anonymous, resident, guest, blocked]) {
      expect(can(actor, "people.manage", null)).toBe(false);
      expect(can(actor, "audit.read", null)).toBe(false);
      expect(can(actor, "idea.moderate", { board: open, idea })).toBe(false);
    }
    expect(can(manager, "people.manage", null)).toBe(true);
    expect(can(manager, "audit.read", null)).toBe(true);
  });

  it("keeps the desk and facilitation to managers", () => {
    for (const actor of [anonymous, resident, guest, blocked]) {
      expect(can(actor, "moderation.desk", null)).toBe(false);
      expect(can(actor, "workshop.facilitate", null)).toBe(false);
    }
    expect(can(manager, "moderation.desk", null)).toBe(true);
    expect(can(manager, "workshop.facilitate", null)).toBe(true);
  });

  it("lets managers block residents and guests, never a manager or themselves", () => {
    expect(can(manager, "person.block", { id: "u1", role: "resident" })).toBe(true);
    expect(can(manager, "person.block", { id: "g1", role: "guest" })).toBe(true);
    expect(can(manager, "person.block", { id: "m2", role: "manager" })).toBe(false);
    expect(can(manager, "person.block", { id: "m1", role: "manager" })).toBe(false);
    for (const actor of [anonymous, resident, guest, blocked]) {
      expect(can(actor, "person.block", { id: "u2", role: "resident" })).toBe(false);
    }
  });
});

describe("workshops", () => {
  const table: BoardFacts = { ...workshop, id: "t1", parentId: "w1" };
  it("seat a workshop's guests at its topic tables too, and nowhere else", () => {
    expect(can(guest, "board.read", table)).toBe(true);
    expect(can(guest, "idea.create", table)).toBe(true);
    expect(can(guest, "board.read", { ...table, parentId: "w9" })).toBe(false);
  });

  it("let residents who joined as themselves see and post on the private board", () => {
    const joined = { ...workshop, participantIds: ["u1"] };
    expect(can(resident, "board.read", joined)).toBe(true);
    expect(can(resident, "idea.create", joined)).toBe(true);
    expect(can(other, "board.read", joined)).toBe(false);
  });

  it("let participants arrange the canvas only when the facilitator allows it", () => {
    expect(can(guest, "canvas.edit", workshop)).toBe(false);
    expect(can(guest, "canvas.edit", { ...workshop, participantCanvas: true })).toBe(true);
    expect(can(resident, "canvas.edit", { ...workshop, participantCanvas: true })).toBe(false);
    expect(can(manager, "canvas.edit", workshop)).toBe(true);
  });
});

describe("co-writing in workshops", () => {
  it("lets everyone taking part write the workshop's ideas, but not people outside", () => {
    const wIdea: IdeaFacts = { ...idea, boardId: "w1", authorId: "someone" };
    expect(can(guest, "idea.edit", { board: workshop, idea: wIdea })).toBe(true);
    expect(
      can({ kind: "guest", id: "g2", boardId: "w9" }, "idea.edit", { board: workshop, idea: wIdea }),
    ).toBe(false);
    expect(can(resident, "idea.edit", { board: { ...workshop, participantIds: ["u1"] }, idea: wIdea })).toBe(
      true,
    );
    expect(can(guest, "idea.edit", { board: workshop, idea: { ...wIdea, hidden: true } })).toBe(false);
  });
});

describe("voting in a workshop", () => {
  it("takes dots at the plenary and its tables only in the vote phase, by the one voting rule", () => {
    const wIdea: IdeaFacts = { ...idea, boardId: "w1", authorId: "someone" };
    const table: BoardFacts = { ...workshop, id: "t1", parentId: "w1" };
    for (const board of [workshop, table]) {
      expect(can(guest, "idea.vote", { board, idea: wIdea })).toBe(true);
      for (const phase of ["collect", "cluster", "results"] as const) {
        expect(can(guest, "idea.vote", { board: { ...board, phase }, idea: wIdea })).toBe(false);
        expect(can(manager, "idea.vote", { board: { ...board, phase }, idea: wIdea })).toBe(false);
      }
    }
  });
});

describe("a workshop that ended", () => {
  const ended: BoardFacts = { ...workshop, running: false, participantIds: ["u1"], participantCanvas: true };
  const wIdea: IdeaFacts = { ...idea, boardId: "w1", authorId: "someone" };
  const ownIdea: IdeaFacts = { ...wIdea, authorId: "g1" };

  it("leaves its guests reading, and nothing else", () => {
    expect(can(guest, "board.read", ended)).toBe(true);
    expect(can(guest, "idea.create", ended)).toBe(false);
    expect(can(guest, "idea.vote", { board: ended, idea: wIdea })).toBe(false);
    expect(can(guest, "comment.create", { board: ended, idea: wIdea })).toBe(false);
    expect(can(guest, "idea.report", { board: ended, idea: wIdea })).toBe(false);
    expect(can(guest, "idea.edit", { board: ended, idea: wIdea })).toBe(false);
    expect(can(guest, "idea.edit", { board: ended, idea: ownIdea })).toBe(false);
    expect(can(guest, "canvas.edit", ended)).toBe(false);
  });

  it("ends what residents could do only as participants, not what they may do as residents", () => {
    expect(can(resident, "idea.edit", { board: ended, idea: wIdea })).toBe(false);
    expect(can(resident, "canvas.edit", ended)).toBe(false);
    expect(can(resident, "board.read", ended)).toBe(true);
    expect(can(resident, "idea.edit", { board: ended, idea: { ...wIdea, authorId: "u1" } })).toBe(true);
    expect(can(resident, "comment.create", { board: ended, idea: wIdea })).toBe(true);
  });
});
