import { fileURLToPath } from "node:url";

/** Folder of the generated SQL migrations, applied on every start. */
export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
