import { statSync } from "node:fs";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** How the numbers for the gauges read at scrape time are found. */
export interface MetricSources {
  docsLoaded(): number;
  docUpdateRows(): number;
  dbFile: string;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The server's metrics, in a registry of their own: several servers in one process
 * (tests) each count their own (decision 0024). Labels are bounded: routes are patterns,
 * documents are kinds.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: "quer_http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: "quer_http_request_duration_seconds",
    help: "Time from a request's arrival to its answer, by method and route pattern.",
    labelNames: ["method", "route"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly syncSockets = new Gauge({
    name: "quer_sync_sockets",
    help: "Open sync sockets by document kind.",
    labelNames: ["kind"] as const,
    registers: [this.registry],
  });
  readonly commands = new Counter({
    name: "quer_commands_total",
    help: "Commands run, by command and outcome (ok or the error code).",
    labelNames: ["command", "outcome"] as const,
    registers: [this.registry],
  });
  readonly dbCommit = new Histogram({
    name: "quer_db_commit_seconds",
    help: "Time one group commit of commands takes, without the WAL sync.",
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
    registers: [this.registry],
  });
  readonly walSync = new Histogram({
    name: "quer_db_wal_sync_seconds",
    help: "Time one sync of the WAL file to disk takes.",
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "quer_docs_loaded",
      help: "Documents in memory.",
      registers: [this.registry],
      collect() {
        this.set(sources.docsLoaded());
      },
    });
    new Gauge({
      name: "quer_doc_update_rows",
      help: "Rows in the documents' update log (doc_updates).",
      registers: [this.registry],
      collect() {
        this.set(sources.docUpdateRows());
      },
    });
    new Gauge({
      name: "quer_db_bytes",
      help: "Size of the database file.",
      registers: [this.registry],
      collect() {
        this.set(fileSize(sources.dbFile));
      },
    });
    new Gauge({
      name: "quer_db_wal_bytes",
      help: "Size of the database's WAL file.",
      registers: [this.registry],
      collect() {
        this.set(fileSize(`${sources.dbFile}-wal`));
      },
    });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
