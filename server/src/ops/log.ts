import { type DestinationStream, type Logger, pino } from "pino";
import type { LogLevel } from "../config.ts";

export type Log = Logger;

/**
 * One JSON line per event on standard output (or on `destination`, which tests use to
 * read the lines). Fields carry no address, cookie, query string or id of a person
 * (decision 0024).
 */
export function createLog(level: LogLevel, destination?: DestinationStream): Log {
  // Written synchronously (pino's default): the lines before a crash are not lost.
  const options = { level, base: undefined };
  return destination ? pino(options, destination) : pino(options);
}

/** For parts built without a server around them (unit tests): writes nothing. */
export const quietLog: Log = pino({ level: "silent" });
