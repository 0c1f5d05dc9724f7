/**
 * Signals that arrive this soon after the first are copies of the same request. A
 * terminal's Ctrl-C, `timeout`, `pkill` or a service manager signal the whole process
 * group, and pnpm passes what it receives on to the server as well, so one stop request
 * often reaches the server two or three times within milliseconds. Acting on a copy as
 * "stop now!" would end the process before the database is closed.
 */
export const REPEAT_WINDOW_MS = 2000;

export interface ShutdownHooks {
  /** Closes the server: sockets, the background thread, the database. */
  close(): Promise<void>;
  exit(code: number): void;
  now(): number;
  log(message: string): void;
}

/**
 * The handler for SIGINT and SIGTERM: the first signal closes the server and then exits
 * with 0; copies within `REPEAT_WINDOW_MS` change nothing; a signal after that is someone
 * insisting, and ends the process at once (what was committed is safe in the WAL, which
 * SQLite replays on the next start).
 */
export function shutdownOnSignal(hooks: ShutdownHooks): () => void {
  let firstAt: number | null = null;
  return () => {
    if (firstAt !== null) {
      if (hooks.now() - firstAt < REPEAT_WINDOW_MS) return;
      hooks.log("Quer wird sofort beendet, ohne die Datenbank zu schließen.");
      hooks.exit(1);
      return;
    }
    firstAt = hooks.now();
    hooks.close().then(
      () => hooks.exit(0),
      (error: unknown) => {
        hooks.log(`Beim Beenden: ${error instanceof Error ? error.message : String(error)}`);
        hooks.exit(1);
      },
    );
  };
}
