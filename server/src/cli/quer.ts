import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { DB_FILE, openDatabase } from "../db/open.ts";
import { createManager } from "./create-manager.ts";

const USAGE = `Aufruf:
  pnpm quer create-manager --email E --name N --password P
      legt ein Konto der Quartiersmanagerin an (oder macht ein bestehendes Konto dazu) und gibt die Id aus
  pnpm quer backup DATEI
      schreibt eine konsistente Sicherung der Datenbank, auch während der Server läuft`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (command === "create-manager") {
    const { values } = parseArgs({
      args: rest,
      options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
    });
    const { db, sqlite } = openDatabase(config.dataDir);
    try {
      const result = await createManager(db, values);
      if (!result.ok) {
        console.error(result.message);
        return 2;
      }
      console.log(result.id);
      return 0;
    } finally {
      sqlite.close();
    }
  }
  if (command === "backup") {
    const target = rest[0];
    if (!target) {
      console.error(USAGE);
      return 2;
    }
    const source = join(config.dataDir, DB_FILE);
    if (!existsSync(source)) {
      console.error(`Keine Datenbank in ${config.dataDir}.`);
      return 1;
    }
    const sqlite = new Database(source, { readonly: true, fileMustExist: true });
    try {
      // SQLite's online backup copies a consistent state while the server keeps writing.
      await sqlite.backup(resolve(target));
      console.log(`Sicherung geschrieben: ${resolve(target)}`);
      return 0;
    } finally {
      sqlite.close();
    }
  }
  console.error(USAGE);
  return command === undefined || command === "--help" ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
