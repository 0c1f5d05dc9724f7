import type { BoardMode, Visibility } from "../boards/schemas.ts";

/** Who is asking. A guest belongs to exactly one workshop board. */
export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; id: string; role: "resident" | "manager"; blocked: boolean }
  | { kind: "guest"; id: string; boardId: string };

type Standing = "anonymous" | "guest" | "resident" | "manager" | "blocked";

/**
 * What each standing may do at all. Resource facts (a board's visibility, whether
 * posting is open, who wrote an idea) narrow it further in `can` below; no other
 * module checks roles.
 */
const capabilities = {
  anonymous: ["board.read"],
  blocked: ["board.read"],
  guest: ["board.read", "idea.create", "idea.vote"],
  resident: ["board.read", "idea.create", "idea.vote", "idea.edit"],
  manager: [
    "board.read",
    "board.create",
    "board.update",
    "idea.create",
    "idea.vote",
    "idea.edit",
    "idea.moderate",
  ],
} as const satisfies Record<Standing, readonly string[]>;

export type Action = (typeof capabilities)[Standing][number];

export interface BoardFacts {
  id: string;
  mode: BoardMode;
  visibility: Visibility;
  postingOpen: boolean;
}

export interface IdeaFacts {
  boardId: string;
  authorId: string | null;
  coauthorIds?: readonly string[];
  pending: boolean;
  hidden: boolean;
  merged: boolean;
}

interface Resources {
  "board.read": BoardFacts;
  "board.create": null;
  "board.update": BoardFacts;
  "idea.create": BoardFacts;
  "idea.vote": { board: BoardFacts; idea: IdeaFacts };
  "idea.edit": { board: BoardFacts; idea: IdeaFacts };
  "idea.moderate": { board: BoardFacts; idea: IdeaFacts };
}

export function standingOf(actor: Actor): Standing {
  if (actor.kind === "anonymous") return "anonymous";
  if (actor.kind === "guest") return "guest";
  if (actor.blocked) return "blocked";
  return actor.role;
}

function has(actor: Actor, action: Action): boolean {
  return (capabilities[standingOf(actor)] as readonly string[]).includes(action);
}

function actorId(actor: Actor): string | null {
  return actor.kind === "anonymous" ? null : actor.id;
}

function isManager(actor: Actor): boolean {
  return standingOf(actor) === "manager";
}

/** Whether this person may see the board at all (and its public ideas). */
function seesBoard(actor: Actor, board: BoardFacts): boolean {
  if (board.visibility === "public") return true;
  if (isManager(actor)) return true;
  return actor.kind === "guest" && actor.boardId === board.id;
}

/** Guests act only inside the workshop they joined. */
function inScope(actor: Actor, board: BoardFacts): boolean {
  return actor.kind !== "guest" || actor.boardId === board.id;
}

/** Whether this person may see this idea (pending and hidden ones only their own). */
export function seesIdea(actor: Actor, board: BoardFacts, idea: IdeaFacts): boolean {
  if (!seesBoard(actor, board)) return false;
  if (isManager(actor)) return true;
  if (!idea.pending && !idea.hidden) return true;
  const id = actorId(actor);
  return id !== null && (idea.authorId === id || (idea.coauthorIds ?? []).includes(id));
}

export function can<A extends Action>(actor: Actor, action: A, resource: Resources[A]): boolean {
  if (!has(actor, action)) return false;
  switch (action) {
    case "board.create":
      return true;
    case "board.read":
      return seesBoard(actor, resource as BoardFacts);
    case "board.update":
      return true;
    case "idea.create": {
      const board = resource as BoardFacts;
      return seesBoard(actor, board) && inScope(actor, board) && (board.postingOpen || isManager(actor));
    }
    case "idea.vote": {
      const { board, idea } = resource as Resources["idea.vote"];
      return (
        inScope(actor, board) && seesIdea(actor, board, idea) && !idea.pending && !idea.hidden && !idea.merged
      );
    }
    case "idea.edit": {
      const { board, idea } = resource as Resources["idea.edit"];
      if (!seesIdea(actor, board, idea)) return false;
      if (isManager(actor)) return true;
      const id = actorId(actor);
      return id !== null && (idea.authorId === id || (idea.coauthorIds ?? []).includes(id));
    }
    case "idea.moderate":
      return true;
    default:
      return false;
  }
}
