import { integer } from "drizzle-orm/sqlite-core";

/** Milliseconds since the epoch; every time in the database is one of these. */
export const ms = (name: string) => integer(name, { mode: "number" });
