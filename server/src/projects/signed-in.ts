import type { Actor } from "@quer/shared";
import { unauthenticated } from "../http/errors.ts";

/** 401 for anonymous visitors; afterwards `actor` has an id. */
export function requireSignedIn(actor: Actor): asserts actor is Exclude<Actor, { kind: "anonymous" }> {
  if (actor.kind === "anonymous") throw unauthenticated();
}
