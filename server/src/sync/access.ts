import { type Actor, can, type DocRef, seesIdea } from "@quer/shared";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "../ideas/repo.ts";
import { findProject, teamOf } from "../projects/repo.ts";
import type { AccessLevel } from "./sync-server.ts";

/** Who may read and write each kind of document (contract: "Live sync"). */
export function resolveDocAccess(db: Db, actor: Actor, ref: DocRef): AccessLevel {
  switch (ref.kind) {
    case "board": {
      const board = findBoard(db, ref.id);
      if (!board) return "missing";
      // Server-written: nobody writes it through a socket.
      return can(actor, "board.read", boardFacts(board)) ? "read" : "none";
    }
    case "idea": {
      const item = findIdea(db, ref.id);
      const board = item && findBoard(db, item.idea.boardId);
      if (!item || !board) return "missing";
      const facts = { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
      if (can(actor, "idea.edit", facts)) return "write";
      return seesIdea(actor, facts.board, facts.idea) ? "read" : "none";
    }
    case "project": {
      const project = findProject(db, ref.id);
      const board = project && findBoard(db, project.boardId);
      if (!project || !board) return "missing";
      const facts = { board: boardFacts(board), memberIds: teamOf(db, project.id).map((m) => m.id) };
      // The team and managers plan; whoever sees the board follows along.
      if (can(actor, "project.edit", facts)) return "write";
      return can(actor, "board.read", facts.board) ? "read" : "none";
    }
    case "inbox":
      // A person's notices are theirs alone; nobody writes them through a socket.
      return actor.kind !== "anonymous" && actor.id === ref.id ? "read" : "none";
    case "desk":
      // Numbers only (`moderation/desk-doc.ts`), still for the desk alone; the server writes it.
      return can(actor, "moderation.desk", null) ? "read" : "none";
    case "canvas": {
      const board = findBoard(db, ref.id);
      if (board?.mode !== "workshop") return "missing";
      const facts = boardFacts(board);
      // The facilitator arranges; participants too when the facilitator allows it.
      if (can(actor, "canvas.edit", facts)) return "write";
      return can(actor, "board.read", facts) ? "read" : "none";
    }
    default:
      return "missing";
  }
}
