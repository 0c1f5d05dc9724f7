import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { DocStore } from "../sync/doc-store.ts";
import type { BackgroundJob, BackgroundReply, BackgroundStart, CheckpointResult } from "./background-jobs.ts";
import { eraseOnDelete } from "./secure-delete.ts";

/**
 * The background thread, for work that would otherwise stop the event loop for tens of
 * milliseconds. It only reads, apart from checkpoints; every write of the server stays
 * on the main connection. Each job opens its own connection and closes it: jobs are
 * seconds apart, and no connection outlives the server's own when it closes.
 */
const port = parentPort;
if (!port) throw new Error("the background worker runs as a worker thread");
const { file } = workerData as BackgroundStart;

function withConnection<T>(use: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    // Waits for the main connection's short write transactions instead of failing at once.
    sqlite.pragma("busy_timeout = 2000");
    eraseOnDelete(sqlite);
    return use(sqlite);
  } finally {
    sqlite.close();
  }
}

function run(job: BackgroundJob): BackgroundReply {
  switch (job.kind) {
    case "checkpoint": {
      const mode = job.mode === "TRUNCATE" ? "TRUNCATE" : "PASSIVE";
      const [row] = withConnection(
        (sqlite) => sqlite.pragma(`wal_checkpoint(${mode})`) as CheckpointResult[],
      );
      return { id: job.id, ok: true, checkpoint: row ?? { busy: 1, log: 0, checkpointed: 0 } };
    }
    case "merge": {
      const state = withConnection((sqlite) => new DocStore(sqlite).mergedUpTo(job.name, job.upTo));
      return { id: job.id, ok: true, state };
    }
  }
}

port.on("message", (job: BackgroundJob) => {
  let reply: BackgroundReply;
  try {
    reply = run(job);
  } catch (error) {
    reply = { id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = "state" in reply && reply.state ? [reply.state.buffer as ArrayBuffer] : [];
  port.postMessage(reply, transfer);
});
