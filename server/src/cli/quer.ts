import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { DB_FILE, openDatabase } from "../db/open.ts";
import { createManager } from "./create-manager.ts";
import { cliMessages } from "./messages.ts";
import { restoreDatabase } from "./restore.ts";

const USAGE = `Aufruf:
  pnpm quer create-manager --email E --name N --password P [--promote]
      legt das Konto der Quartiersmanagerin an und gibt seine Id aus. Gibt es für die
      Adresse schon ein Konto, ändert es nichts – außer mit --promote: dann wird dieses
      Konto das der Quartiersmanagerin, mit Name und Passwort wie angegeben, und alle
      seine Anmeldungen enden.
  pnpm quer backup DATEI
      schreibt eine konsistente Sicherung der Datenbank, auch während der Server läuft
  pnpm quer restore DATEI
      spielt eine Sicherung ein, bei angehaltenem Server; die bisherige Datenbank bleibt
      als quer.sqlite.before-restore-<Zeit> erhalten`;

/** Exit codes: 1 refused (nothing changed), 2 wrong call or input. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  if (command === "create-manager") {
    let values: { email?: string; name?: string; password?: string; promote?: boolean };
    try {
      ({ values } = parseArgs({
        args: rest,
        options: {
          email: { type: "string" },
          name: { type: "string" },
          password: { type: "string" },
          promote: { type: "boolean" },
        },
      }));
    } catch (error) {
      console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
      return 2;
    }
    const file = join(config.dataDir, DB_FILE);
    const fresh = !existsSync(file);
    const { db, sqlite } = openDatabase(config.dataDir);
    try {
      const result = await createManager(db, values);
      if (!result.ok) {
        console.error(result.message);
        return result.reason === "exists" ? 1 : 2;
      }
      // The id alone on standard output, as scripts read it; what was done, where, and
      // how to sign in on standard error, where a person reads it.
      console.log(result.id);
      const m = cliMessages();
      const { email, name } = result;
      console.error(
        [
          result.created ? m.created(name, email) : m.promoted(name, email, result.sessionsEnded),
          m.database(file),
          m.dataDir(config.dataDir, Boolean(process.env.DATA_DIR)),
          ...(fresh ? [m.freshDatabase] : []),
          m.signIn(`${config.publicUrl}/login`, email),
        ].join("\n"),
      );
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
  if (command === "restore") {
    const [source, ...extra] = rest;
    if (!source || extra.length > 0) {
      console.error(USAGE);
      return 2;
    }
    const result = restoreDatabase(config.dataDir, source);
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(`Sicherung geprüft und eingespielt: ${result.file}`);
    if (result.previous) {
      console.log(
        `Die bisherige Datenbank liegt unter ${result.previous}.\n` +
          `Rückgängig machen: Server anhalten, dann pnpm quer restore ${result.previous}`,
      );
    }
    return 0;
  }
  console.error(USAGE);
  return command === undefined || command === "--help" ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
