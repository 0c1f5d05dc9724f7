import { Worker } from "node:worker_threads";
import type {
  BackgroundJob,
  BackgroundReply,
  BackgroundStart,
  CheckpointMode,
  CheckpointResult,
} from "./background-jobs.ts";

interface Waiting {
  resolve: (reply: BackgroundReply) => void;
  reject: (error: Error) => void;
}

/** A job as callers give it: each kind of job without the id the thread answers to. */
type JobWithoutId = BackgroundJob extends infer J
  ? J extends { id: number }
    ? Omit<J, "id">
    : never
  : never;

/**
 * The server's background thread (`worker.ts`), started by `start()` or on first use. Jobs are answered
 * in order; if the thread cannot start or dies, every job rejects and `failed` turns
 * true, so callers do the work themselves as before.
 */
export class Background {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private broken = false;
  private closed = false;

  constructor(
    private readonly file: string,
    /** The thread's module; tests give one that cannot load. */
    private readonly entry = new URL("./worker.ts", import.meta.url),
  ) {}

  /** Whether the thread is up. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** True once the thread could not start or stopped unexpectedly. */
  get failed(): boolean {
    return this.broken;
  }

  /**
   * Starts the thread now instead of on first use, and resolves once it has answered (or
   * could not start: then callers do the work themselves, as always).
   */
  async start(): Promise<void> {
    await this.checkpoint().catch(() => undefined);
  }

  /**
   * Copies the WAL's frames into the database file: PASSIVE without waiting for readers,
   * TRUNCATE waiting for them and then emptying the WAL file.
   */
  async checkpoint(mode: CheckpointMode = "PASSIVE"): Promise<CheckpointResult> {
    const reply = await this.send({ kind: "checkpoint", mode });
    if (!("checkpoint" in reply)) throw new Error("background thread: unexpected answer to a checkpoint");
    return reply.checkpoint;
  }

  /** A document's stored snapshot and updates up to `upTo`, as one state (`DocStore.mergedUpTo`). */
  async merge(name: string, upTo: number): Promise<Uint8Array> {
    const reply = await this.send({ kind: "merge", name, upTo });
    if (!("state" in reply)) throw new Error("background thread: unexpected answer to a merge");
    return reply.state;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.rejectAll(new Error("the server is closing"));
    if (worker) await worker.terminate();
  }

  private send(job: JobWithoutId): Promise<BackgroundReply> {
    const worker = this.started();
    if (!worker) return Promise.reject(new Error("background thread unavailable"));
    const id = this.nextId++;
    return new Promise<BackgroundReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...job, id } as BackgroundJob);
    }).then((reply) => {
      if (!reply.ok) throw new Error(`background thread: ${reply.error}`);
      return reply;
    });
  }

  private started(): Worker | null {
    if (this.worker) return this.worker;
    if (this.broken || this.closed) return null;
    let worker: Worker;
    try {
      worker = new Worker(bootstrap(this.entry), {
        eval: true,
        workerData: { file: this.file } satisfies BackgroundStart,
      });
    } catch {
      this.broken = true;
      return null;
    }
    worker.unref();
    worker.on("message", (reply: BackgroundReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiting?.resolve(reply);
    });
    worker.on("error", (error) => this.stop(worker, error));
    worker.on("exit", (code) => this.stop(worker, new Error(`background thread exited with ${code}`)));
    this.worker = worker;
    return worker;
  }

  private stop(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.broken = true;
    this.rejectAll(error);
  }

  private rejectAll(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }
}

/**
 * The server runs from TypeScript through tsx, whose hooks Node 20 does not pass on to
 * worker threads; the thread registers them itself before it loads `worker.ts`.
 */
function bootstrap(entry: URL): string {
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return `import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
}
