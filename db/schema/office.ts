import { blob, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./people.ts";
import { ms } from "./time.ts";

/**
 * The office's own name and logo, set by the manager and shown in every page's header.
 * One row (id 1). The logo is kept as the uploaded bytes (checked before storing) and
 * served under its hash, so a new logo is a new address and caches never show an old one.
 */
export const officeSettings = sqliteTable("office_settings", {
  id: integer("id").primaryKey(),
  name: text("name"),
  logo: blob("logo", { mode: "buffer" }),
  logoType: text("logo_type"),
  logoHash: text("logo_hash"),
  logoAlt: text("logo_alt"),
  /** The office's language (a `quer_locale` value): mails to people who never chose one. Null: German. */
  locale: text("locale"),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: ms("updated_at"),
});
