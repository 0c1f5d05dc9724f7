import { CloseCode } from "@quer/shared";
import type { Log } from "./log.ts";
import type { Metrics } from "./metrics.ts";

const closeNames = new Map<number, string>(Object.entries(CloseCode).map(([name, code]) => [code, name]));

/** A document's kind (`board`, `idea`, …): its name without the id. */
export function docKind(docName: string): string {
  const colon = docName.indexOf(":");
  return colon < 0 ? docName : docName.slice(0, colon);
}

/** The sync server's log lines and socket gauge: document kinds and close codes, no ids. */
export class SyncObserver {
  constructor(
    private readonly log: Log,
    private readonly metrics: Metrics,
  ) {}

  opened(docName: string): void {
    const kind = docKind(docName);
    this.metrics.syncSockets.inc({ kind });
    this.log.info({ kind }, "sync open");
  }

  closed(docName: string, code: number): void {
    const kind = docKind(docName);
    this.metrics.syncSockets.dec({ kind });
    const name = closeNames.get(code) ?? (code === 1000 ? "normal" : code === 1006 ? "abnormal" : undefined);
    this.log.info(name ? { kind, code, name } : { kind, code }, "sync close");
  }

  failed(what: string, error: unknown): void {
    this.log.error({ err: error }, what);
  }
}
