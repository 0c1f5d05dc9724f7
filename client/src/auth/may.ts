// Deep import: the permission table is zod-free, the package index is not.
import { type Action, type Actor, can, type ResourceOf } from "@quer/shared/permissions/can";
import { blocked, user } from "./session.ts";

/**
 * The signed-in person as `can()` sees them. A guest's workshop is not part of what the
 * client knows about them; what a guest may do on a board comes with that board's answer.
 */
export function signedInActor(): Actor {
  const person = user();
  if (!person) return { kind: "anonymous" };
  if (person.role === "guest") return { kind: "guest", id: person.id, boardId: "" };
  return { kind: "user", id: person.id, role: person.role, blocked: blocked() !== null };
}

/**
 * Whether the signed-in person may do this, by the server's own permission table: what
 * the page offers follows the same rules as what the server allows. Reactive (reads the
 * session's signals).
 */
export function may<A extends Action>(action: A, resource: ResourceOf<A>): boolean {
  return can(signedInActor(), action, resource);
}
