import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ms } from "./time.ts";

/** The compacted Yjs state of a document (server-written and co-edited alike). */
export const docSnapshots = sqliteTable("doc_snapshots", {
  name: text("name").primaryKey(),
  state: blob("state", { mode: "buffer" }).notNull(),
  updatedAt: ms("updated_at").notNull(),
});

/** Yjs updates appended since the snapshot; folded into it on compaction. */
export const docUpdates = sqliteTable(
  "doc_updates",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("doc_updates_name").on(t.name, t.seq)],
);
