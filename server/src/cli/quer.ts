import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { DB_FILE, openDatabase } from "../db/open.ts";
import { createManager } from "./create-manager.ts";
import { cliMessages } from "./messages.ts";
import { restoreDatabase } from "./restore.ts";

/** Exit codes: 1 refused (nothing changed), 2 wrong call or input. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const say = cliMessages();
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
      console.error(`${error instanceof Error ? error.message : String(error)}\n\n${say.usage}`);
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
      const { email, name } = result;
      console.error(
        [
          result.created ? say.created(name, email) : say.promoted(name, email, result.sessionsEnded),
          say.database(file),
          say.dataDir(config.dataDir, Boolean(process.env.DATA_DIR)),
          ...(fresh ? [say.freshDatabase] : []),
          say.signIn(`${config.publicUrl}/login`, email),
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
      console.error(say.usage);
      return 2;
    }
    const source = join(config.dataDir, DB_FILE);
    if (!existsSync(source)) {
      console.error(say.noDatabase(config.dataDir));
      return 1;
    }
    const sqlite = new Database(source, { readonly: true, fileMustExist: true });
    try {
      // SQLite's online backup copies a consistent state while the server keeps writing.
      await sqlite.backup(resolve(target));
      console.log(say.backupWritten(resolve(target)));
      return 0;
    } finally {
      sqlite.close();
    }
  }
  if (command === "restore") {
    const [source, ...extra] = rest;
    if (!source || extra.length > 0) {
      console.error(say.usage);
      return 2;
    }
    const result = restoreDatabase(config.dataDir, source, new Date(), say.restore);
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(say.restored(result.file));
    if (result.previous) console.log(say.restoredPrevious(result.previous));
    return 0;
  }
  console.error(say.usage);
  return command === undefined || command === "--help" ? 0 : 2;
}

process.exitCode = await main(process.argv.slice(2));
