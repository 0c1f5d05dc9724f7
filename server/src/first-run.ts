import { boards } from "@quer/db";
import { count } from "drizzle-orm";
import type { Db } from "./db/open.ts";
import { newId } from "./ids.ts";

/** On an empty database, one open board so the first visitor sees where to start. */
export function ensureWelcomeBoard(db: Db): boolean {
  const existing = db.select({ n: count() }).from(boards).get();
  if ((existing?.n ?? 0) > 0) return false;
  const now = Date.now();
  db.insert(boards)
    .values({
      id: newId(),
      title: "Ideen für unser Viertel",
      description:
        "Was wünschst du dir für die Nachbarschaft? Was stört dich? Teile deine Idee oder melde ein Problem – " +
        "das Quartiersmanagement antwortet auf jeden Beitrag.",
      mode: "open",
      moderation: "post",
      votingKind: "up",
      categories: ["Begegnung", "Grün & Umwelt", "Verkehr", "Spielen & Sport", "Kultur", "Sonstiges"],
      visibility: "public",
      postingOpen: true,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return true;
}
