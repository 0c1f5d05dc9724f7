import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import type { BackgroundJob, BackgroundReply, BackgroundStart } from "../db/background-jobs.ts";

/**
 * A background thread for tests: it answers each job but keeps the connection it opened
 * for it, as a real job's connection stays open while the job runs. A test can then close
 * the server at exactly the moment the thread still has the database open.
 */
const port = parentPort;
if (!port) throw new Error("runs as a worker thread");
const { file } = workerData as BackgroundStart;
const held: Database.Database[] = [];

port.on("message", (job: BackgroundJob) => {
  const sqlite = new Database(file, { fileMustExist: true });
  // After its first read a connection to a WAL database holds SQLite's shared lock.
  sqlite.prepare("select count(*) from sqlite_master").get();
  held.push(sqlite);
  const reply: BackgroundReply = { id: job.id, ok: true, checkpoint: { busy: 1, log: 0, checkpointed: 0 } };
  port.postMessage(reply);
});
