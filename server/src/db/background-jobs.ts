/** The messages between the server and its background thread (`worker.ts`). */

export interface BackgroundStart {
  /** The database file, opened by the thread with its own connection. */
  file: string;
}

export interface CheckpointResult {
  /** 1 when the checkpoint could not run to its end now; it is simply tried again. */
  busy: number;
  /** Frames in the WAL file. */
  log: number;
  /** Frames of it now also in the database file. */
  checkpointed: number;
}

/**
 * PASSIVE copies what it can without waiting for anyone; TRUNCATE waits for readers and
 * writers, copies everything and empties the WAL file, so no old page stays in it.
 */
export type CheckpointMode = "PASSIVE" | "TRUNCATE";

export type BackgroundJob =
  | { id: number; kind: "checkpoint"; mode: CheckpointMode }
  | { id: number; kind: "merge"; name: string; upTo: number };

export type BackgroundReply =
  | { id: number; ok: true; checkpoint: CheckpointResult }
  | { id: number; ok: true; state: Uint8Array }
  | { id: number; ok: false; error: string };
