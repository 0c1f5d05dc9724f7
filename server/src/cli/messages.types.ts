/** Every line `pnpm quer` and the first start write for a person, per language. */
export interface CliMessages {
  created: (name: string, email: string) => string;
  promoted: (name: string, email: string, sessionsEnded: number) => string;
  database: (file: string) => string;
  dataDir: (dir: string, fromEnv: boolean) => string;
  /** When the command made the database: the server may be using another DATA_DIR. */
  freshDatabase: string;
  signIn: (loginUrl: string, email: string) => string;
  /** The first start's hint; `command` is the exact line to run. */
  firstRun: (publicUrl: string, command: string) => string;
  /** `create-manager` with input that does not pass; `lines` names each option and what is wrong. */
  invalidInput: (lines: string) => string;
  /** `create-manager` for an address that has an account, without `--promote`. */
  accountExists: (email: string, managers: boolean) => string;
  /** How to call `pnpm quer`, after a wrong call. */
  usage: string;
  noDatabase: (dir: string) => string;
  backupWritten: (file: string) => string;
  restored: (file: string) => string;
  /** After a restore: where the replaced database is kept and how to go back to it. */
  restoredPrevious: (previous: string) => string;
  /** Why a restore did nothing. */
  restore: RestoreMessages;
}

export interface RestoreMessages {
  missing: (file: string) => string;
  openWal: (file: string) => string;
  refused: (file: string, problem: string) => string;
  running: string;
  cannotOpen: (file: string, error: string) => string;
  cannotClose: (file: string, error: string) => string;
  integrity: (report: string) => string;
  notQuer: (tables: string) => string;
  noMigrations: string;
  newer: string;
  notSqlite: (error: string) => string;
}
