import { boards } from "@quer/db";
import { count } from "drizzle-orm";
import { createBoard } from "./boards/service.ts";
import type { Db } from "./db/open.ts";

/** On an empty database, one open board so the first visitor sees where to start. */
export function ensureWelcomeBoard(db: Db): boolean {
  const existing = db.select({ n: count() }).from(boards).get();
  if ((existing?.n ?? 0) > 0) return false;
  createBoard(
    db,
    {
      title: "Ideen für unser Viertel",
      description:
        "Was wünschst du dir für die Nachbarschaft? Was stört dich? Teile deine Idee oder melde ein Problem – " +
        "das Quartiersmanagement antwortet auf jeden Beitrag.",
      categories: ["Begegnung", "Grün & Umwelt", "Verkehr", "Spielen & Sport", "Kultur", "Sonstiges"],
    },
    null,
  );
  return true;
}
