import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ideas } from "./ideas.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

/**
 * Versions of an idea's co-written text (`idea:<id>`), kept after each quiet period of
 * writing and before every server write, so a wiped text can be brought back. Bounded per
 * idea (server/src/ideas/history-repo.ts): the first and the newest hundred.
 */
export const ideaVersions = sqliteTable(
  "idea_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    at: ms("at").notNull(),
  },
  (t) => [index("idea_versions_idea").on(t.ideaId, t.id)],
);

/**
 * Who wrote since the version before. Names are looked up when read, so a deleted
 * account leaves no name here: its rows lose their person and show as "Anonym".
 */
export const ideaVersionWriters = sqliteTable(
  "idea_version_writers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    versionId: integer("version_id")
      .notNull()
      .references(() => ideaVersions.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("idea_version_writers_unique").on(t.versionId, t.userId),
    index("idea_version_writers_user").on(t.userId),
  ],
);
