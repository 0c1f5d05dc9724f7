import type { CliMessages } from "./messages.types.ts";

export const cliEn: CliMessages = {
  created: (name, email) => `Manager account created: ${name} <${email}>.`,
  promoted: (name, email, n) =>
    `The existing account ${email} is now the manager's (${name}); name and password are new, ` +
    `${n === 1 ? "1 session" : `${n} sessions`} ended.`,
  database: (file) => `Database: ${file}`,
  dataDir: (dir, fromEnv) =>
    fromEnv
      ? `DATA_DIR: ${dir}`
      : `DATA_DIR: ${dir} (the default, as DATA_DIR is not set – the server must use the same folder)`,
  freshDatabase:
    "Note: there was no database in this folder; it has just been created. If your server runs " +
    "with another DATA_DIR, it does not know this account: run the command again with " +
    "DATA_DIR=<the server's folder> in front.",
  signIn: (url, email) => `Sign in: ${url} with ${email} and the password given.`,
  firstRun: (publicUrl, command) =>
    "First start: a welcome topic was created. " +
    `Create the manager's account now, before you share ${publicUrl}: ${command} – ` +
    "otherwise someone else could register the office's e-mail address first and hold that account.",
  invalidInput: (lines) => `Please check:\n${lines}`,
  accountExists: (email, managers) =>
    `There is already ${managers ? "a manager's account" : "an account"} for ${email}. Nothing was changed.\n` +
    "If this account should belong to the neighbourhood manager, repeat the command with --promote:\n" +
    "it then becomes the manager's account, name and password become the ones given,\n" +
    "and all its sign-ins end. Whoever registered with this address is signed out\n" +
    "and cannot get in with the old password any more.",
  usage: `Usage:
  pnpm quer create-manager --email E --name N --password P [--promote]
      creates the manager's account and prints its id. If the address already has an
      account, it changes nothing – unless --promote is given: then that account becomes
      the manager's, with the name and password given, and all its sessions end.
  pnpm quer backup FILE
      writes a consistent backup of the database, also while the server runs
  pnpm quer restore FILE
      puts a backup in place while the server is stopped; the database it replaces is
      kept as quer.sqlite.before-restore-<time>`,
  noDatabase: (dir) => `No database in ${dir}.`,
  backupWritten: (file) => `Backup written: ${file}`,
  restored: (file) => `Backup checked and put in place: ${file}`,
  restoredPrevious: (previous) =>
    `The database it replaced is kept at ${previous}.
` + `To undo: stop the server, then pnpm quer restore ${previous}`,
  restore: {
    missing: (file) => `There is no file ${file}.`,
    openWal: (file) =>
      `A WAL lies beside ${file} (${file}-wal): the file is an open or not cleanly closed ` +
      "database, not a backup. pnpm quer backup FILE writes a backup.",
    refused: (file, problem) => `The backup ${file} is not put in place: ${problem}`,
    running:
      "The database is open – is the server (or a backup) still running? " +
      "Stop the server first, then restore. Nothing was changed.",
    cannotOpen: (file, error) => `The database ${file} cannot be opened: ${error}`,
    cannotClose: (file, error) => `The database ${file} cannot be closed: ${error}`,
    integrity: (report) => `the file's check (integrity_check) reports: ${report}`,
    notQuer: (tables) => `it is not a Quer database (the tables ${tables} are missing).`,
    noMigrations: "it is not a Quer database (no migrations).",
    newer: "it comes from a newer version of Quer; update Quer first, then restore.",
    notSqlite: (error) => `it cannot be read as an SQLite database (${error}).`,
  },
};
