import type { BoardMode, Visibility, VotingRule, WorkshopPhase } from "../boards/schemas.ts";
import { votingOpen } from "../votes/rules.ts";

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
  guest: [
    "board.read",
    "idea.create",
    "idea.vote",
    "idea.edit",
    "comment.create",
    "idea.report",
    "canvas.edit",
  ],
  resident: [
    "board.read",
    "idea.create",
    "idea.vote",
    "idea.edit",
    "idea.coauthors",
    "people.search",
    "comment.create",
    "idea.report",
    "project.join",
    "project.edit",
    "canvas.edit",
  ],
  manager: [
    "board.read",
    "board.create",
    "board.update",
    "idea.create",
    "idea.vote",
    "idea.edit",
    "idea.coauthors",
    "idea.moderate",
    "comment.create",
    "project.join",
    "project.edit",
    "project.manage",
    "idea.report",
    "people.manage",
    "people.search",
    "person.block",
    "moderation.desk",
    "workshop.facilitate",
    "audit.read",
    "canvas.edit",
    "metrics.read",
    "office.manage",
  ],
} as const satisfies Record<Standing, readonly string[]>;

export type Action = (typeof capabilities)[Standing][number];

export interface BoardFacts {
  id: string;
  mode: BoardMode;
  visibility: Visibility;
  postingOpen: boolean;
  /** Up-votes or dots; with the phase, whether the board takes votes now (`votes/rules.ts`). */
  voting: VotingRule;
  phase: WorkshopPhase | null;
  /** "residents": every signed-in resident may co-write ideas on this board. */
  coWriting?: "authors" | "residents";
  /** The workshop board a topic table belongs to; its guests and participants sit at it too. */
  parentId?: string | null;
  /** Signed-in residents who joined this private workshop (or its parent) as themselves. */
  participantIds?: readonly string[];
  /** Whether participants may arrange the workshop canvas. */
  participantCanvas?: boolean;
  /**
   * Whether the workshop (or the workshop this table belongs to) is running: started and
   * not ended. Taking part (as a guest, or writing others' ideas as a participant) lasts
   * only as long as the evening; afterwards guests may still read.
   */
  running?: boolean;
}

export interface ProjectFacts {
  board: BoardFacts;
  memberIds: readonly string[];
}

/** A person someone acts on (blocks, say). */
export interface PersonFacts {
  id: string;
  role: "guest" | "resident" | "manager";
}

export interface IdeaFacts {
  boardId: string;
  authorId: string | null;
  coauthorIds?: readonly string[];
  pending: boolean;
  hidden: boolean;
  merged: boolean;
}

/** What `can(actor, action, resource)` needs to know about the resource of an action. */
export type ResourceOf<A extends Action> = Resources[A];

interface Resources {
  "board.read": BoardFacts;
  "board.create": null;
  "board.update": BoardFacts;
  "idea.create": BoardFacts;
  "idea.vote": { board: BoardFacts; idea: IdeaFacts };
  "idea.edit": { board: BoardFacts; idea: IdeaFacts };
  "idea.moderate": { board: BoardFacts; idea: IdeaFacts };
  "idea.coauthors": { board: BoardFacts; idea: IdeaFacts };
  "comment.create": { board: BoardFacts; idea: IdeaFacts };
  "project.join": ProjectFacts;
  "project.edit": ProjectFacts;
  "project.manage": ProjectFacts | null;
  "idea.report": { board: BoardFacts; idea: IdeaFacts };
  "people.manage": null;
  /** Finding people by name, to choose co-authors. */
  "people.search": null;
  "person.block": PersonFacts;
  /** The manager's desk: the queue, statuses and hiding, instead of reporting. */
  "moderation.desk": null;
  /** Running a workshop evening: phases, reveal, timer. */
  "workshop.facilitate": null;
  "audit.read": null;
  "canvas.edit": BoardFacts;
  /** The server's metrics at `/metrics` (loopback clients read them too). */
  "metrics.read": null;
  /** The office's own name and logo, shown in every page's header. */
  "office.manage": null;
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

/** Whether a guest's workshop is this board or the workshop this table belongs to. */
function guestOf(actor: Actor, board: BoardFacts): boolean {
  return (
    actor.kind === "guest" &&
    (actor.boardId === board.id || (!!board.parentId && actor.boardId === board.parentId))
  );
}

/**
 * Whether this person takes part in the running workshop: a guest of it, or a resident
 * who joined. Nobody takes part in a workshop that is not running.
 */
export function participates(actor: Actor, board: BoardFacts): boolean {
  if (board.running !== true) return false;
  if (guestOf(actor, board)) return true;
  return actor.kind === "user" && !actor.blocked && (board.participantIds ?? []).includes(actor.id);
}

/** Whether this person may see the board at all (and its public ideas). */
function seesBoard(actor: Actor, board: BoardFacts): boolean {
  if (board.visibility === "public") return true;
  if (isManager(actor)) return true;
  return guestOf(actor, board) || (actor.kind === "user" && (board.participantIds ?? []).includes(actor.id));
}

/**
 * Guests act only inside the workshop they joined (and its tables), and only while it
 * runs: a guest session outlives the evening by days, its rights do not.
 */
function inScope(actor: Actor, board: BoardFacts): boolean {
  return actor.kind !== "guest" || (guestOf(actor, board) && board.running === true);
}

function isAuthor(actor: Actor, idea: IdeaFacts): boolean {
  const id = actorId(actor);
  return id !== null && (idea.authorId === id || (idea.coauthorIds ?? []).includes(id));
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
        inScope(actor, board) &&
        seesIdea(actor, board, idea) &&
        !idea.pending &&
        !idea.hidden &&
        !idea.merged &&
        votingOpen(board)
      );
    }
    case "idea.edit": {
      const { board, idea } = resource as Resources["idea.edit"];
      if (!seesIdea(actor, board, idea) || idea.merged || !inScope(actor, board)) return false;
      if (isManager(actor) || isAuthor(actor, idea)) return true;
      if (idea.pending || idea.hidden) return false;
      // In a workshop everyone taking part writes together (contract: "its participants").
      if (board.mode === "workshop" && participates(actor, board)) return true;
      // An open co-writing board lets every resident write; guests only write in their workshop.
      return board.coWriting === "residents" && actor.kind === "user";
    }
    case "idea.coauthors": {
      const { board, idea } = resource as Resources["idea.coauthors"];
      if (!seesIdea(actor, board, idea)) return false;
      const id = actorId(actor);
      return isManager(actor) || (id !== null && idea.authorId === id);
    }
    case "comment.create": {
      const { board, idea } = resource as Resources["comment.create"];
      return inScope(actor, board) && seesIdea(actor, board, idea) && !idea.hidden && !idea.merged;
    }
    case "project.join": {
      const { board } = resource as ProjectFacts;
      return seesBoard(actor, board);
    }
    case "project.edit": {
      const { board, memberIds } = resource as ProjectFacts;
      const id = actorId(actor);
      return seesBoard(actor, board) && (isManager(actor) || (id !== null && memberIds.includes(id)));
    }
    case "idea.report": {
      const { board, idea } = resource as Resources["idea.report"];
      return inScope(actor, board) && seesIdea(actor, board, idea);
    }
    case "canvas.edit": {
      const board = resource as BoardFacts;
      if (isManager(actor)) return seesBoard(actor, board);
      return !!board.participantCanvas && participates(actor, board);
    }
    case "person.block": {
      // Managers' accounts are not blocked, one's own least of all.
      const person = resource as PersonFacts;
      return person.role !== "manager" && person.id !== actorId(actor);
    }
    case "idea.moderate":
    case "project.manage":
    case "people.search":
    case "moderation.desk":
    case "workshop.facilitate":
    case "people.manage":
    case "audit.read":
    case "metrics.read":
    case "office.manage":
      return true;
    default:
      return false;
  }
}
