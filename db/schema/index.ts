/**
 * The database schema, one file per feature. drizzle-kit reads this folder to generate
 * the migrations in ../migrations; only the server imports it.
 */

export * from "./boards.ts";
export * from "./comments.ts";
export * from "./documents.ts";
export * from "./history.ts";
export * from "./ideas.ts";
export * from "./moderation.ts";
export * from "./notifications.ts";
export * from "./office.ts";
export * from "./password-resets.ts";
export * from "./people.ts";
export * from "./projects.ts";
