import { isIP } from "node:net";
import { resolve } from "node:path";
import { isLocale, type Locale, locales } from "@quer/shared/i18n/locales";
import { normaliseAddress } from "./http/client-address.ts";

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevelOf(value: string | undefined): LogLevel {
  if (value === undefined || value === "") return "info";
  const level = LOG_LEVELS.find((l) => l === value.trim().toLowerCase());
  if (!level) throw new Error(`QUER_LOG must be one of ${LOG_LEVELS.join(", ")}, not "${value}".`);
  return level;
}

/** `QUER_LOCALE`: the office's language at first start; null when not given (German). */
function localeOf(value: string | undefined): Locale | null {
  if (value === undefined || value.trim() === "") return null;
  const locale = value.trim();
  if (!isLocale(locale)) throw new Error(`QUER_LOCALE must be one of ${locales.join(", ")}, not "${value}".`);
  return locale;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies get `Secure` and the `__Host-` prefix. */
  secure: boolean;
  /** Folder of the built client; the server answers 404 for pages when it is missing. */
  clientDir: string;
  /** How long a document with no connection stays in memory. */
  docIdleMs: number;
  /** How long nobody may have written an idea's text before it is kept as a version. */
  historyQuietMs: number;
  /** Largest stored size a writer may grow one co-edited document to, in bytes. */
  docMaxBytes: number;
  /** Writing commands (ideas, comments, reports, votes) one person may send per minute. */
  writesPerMinute: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** `QUER_LOG`: the least severe log lines written (decision 0024). */
  logLevel: LogLevel;
  /** SMTP server for notices, e.g. smtp://user:pass@mail.example.org:587; without it mail stays in the outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * Whom a blocked person is told to turn to (an e-mail address); without it, the address
   * of the office's first manager account.
   */
  officeContact: string | null;
  /**
   * `QUER_LOCALE`: the office's language, set once at first start (the manager changes it
   * later in the app); null leaves it to the office's settings, German by default.
   */
  locale: Locale | null;
  /** Hour on the office's clock (Europe/Berlin) after which the daily digest goes out. */
  digestHour: number;
  /**
   * Open sync sockets allowed: in all (503 past it), per session and anonymous ones per
   * client address (429 past those). A room of 300 phones behind one address fits: each
   * phone has its own session.
   */
  sockets: { total: number; perSession: number; anonymousPerAddress: number; unsentBytes: number };
  /**
   * Addresses of reverse proxies in front of Quer: a request from one of them is
   * counted under the address its X-Forwarded-For names (see `http/client-address.ts`).
   */
  trustProxy: string[];
  /** Time a client has to send a request's headers (slow headers hold a socket). */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body. */
  requestTimeoutMs: number;
  /** How long an idle connection waits for the next request. */
  keepAliveTimeoutMs: number;
  /**
   * A sync socket that was sent nothing for this long gets an empty presence message:
   * y-websocket clients reconnect after 30 s without a message, and proxies close quiet
   * sockets (nginx after 60 s). Decision 0028.
   */
  syncKeepAliveMs: number;
}

/**
 * How long nobody may have written an idea's text before it is kept as a version. Half a
 * minute: people pause for several seconds mid-sentence, and a version per pause would fill
 * the bounded list with half-written words; yet a text someone wiped and left is kept as
 * soon as its document unloads, half a minute after the last editor closed it.
 */
export const HISTORY_QUIET_MS = 30_000;

function intIn(value: string | undefined, fallback: number, name: string, min = 0, max = 65535): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return n;
}

function normaliseOrigin(url: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://quer.example.org, not "${url}".`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`${name} must start with http:// or https://.`);
  }
  return parsed.origin;
}

/** `TRUST_PROXY`: a comma-separated list of addresses, e.g. `127.0.0.1,::1`. */
function addressList(value: string | undefined, name: string): string[] {
  if (!value?.trim()) return [];
  return value.split(",").map((entry) => {
    const address = normaliseAddress(entry);
    if (!isIP(address)) {
      throw new Error(
        `${name} must list IP addresses separated by commas (e.g. 127.0.0.1,::1), not "${entry.trim()}".`,
      );
    }
    return address;
  });
}

/**
 * The only place that reads the environment. Everything else receives a Config, so
 * tests can start servers with their own settings side by side.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = intIn(env.PORT, 3000, "PORT");
  const publicUrl = normaliseOrigin(env.PUBLIC_URL || `http://localhost:${port}`, "PUBLIC_URL");
  // Decision 0015: long enough for a phone on a weak network, short enough that idle sockets go.
  const headersTimeoutMs = intIn(
    env.QUER_HEADERS_TIMEOUT_MS,
    20_000,
    "QUER_HEADERS_TIMEOUT_MS",
    100,
    3_600_000,
  );
  const requestTimeoutMs = intIn(
    env.QUER_REQUEST_TIMEOUT_MS,
    120_000,
    "QUER_REQUEST_TIMEOUT_MS",
    100,
    3_600_000,
  );
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error("QUER_HEADERS_TIMEOUT_MS must not be longer than QUER_REQUEST_TIMEOUT_MS.");
  }
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(env.DATA_DIR || "./data"),
    publicUrl,
    secure: publicUrl.startsWith("https:"),
    clientDir: resolve(env.QUER_CLIENT_DIR || new URL("../../client/dist", import.meta.url).pathname),
    docIdleMs: intIn(env.QUER_DOC_IDLE_MS, 30_000, "QUER_DOC_IDLE_MS", 0, 86_400_000),
    historyQuietMs: intIn(env.QUER_HISTORY_QUIET_MS, HISTORY_QUIET_MS, "QUER_HISTORY_QUIET_MS", 1, 3_600_000),
    docMaxBytes: intIn(env.QUER_DOC_MAX_BYTES, 2 * 1024 * 1024, "QUER_DOC_MAX_BYTES", 64 * 1024, 1 << 30),
    writesPerMinute: intIn(env.QUER_WRITES_PER_MINUTE, 120, "QUER_WRITES_PER_MINUTE", 1, 1_000_000),
    maxBodyBytes: intIn(env.QUER_MAX_BODY_BYTES, 64 * 1024, "QUER_MAX_BODY_BYTES", 1024, 50_000_000),
    logLevel: logLevelOf(env.QUER_LOG),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || `Quer <quer@${new URL(publicUrl).hostname}>`,
    officeContact: env.QUER_OFFICE_CONTACT?.trim() || null,
    syncKeepAliveMs: 10_000,
    locale: localeOf(env.QUER_LOCALE),
    digestHour: intIn(env.QUER_DIGEST_HOUR, 18, "QUER_DIGEST_HOUR", 0, 23),
    sockets: {
      total: intIn(env.QUER_MAX_SOCKETS, 5000, "QUER_MAX_SOCKETS", 1, 1_000_000),
      perSession: intIn(env.QUER_MAX_SOCKETS_PER_SESSION, 64, "QUER_MAX_SOCKETS_PER_SESSION", 1, 100_000),
      anonymousPerAddress: intIn(
        env.QUER_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS,
        256,
        "QUER_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS",
        1,
        1_000_000,
      ),
      // Several whole documents: a client that stops reading while others write would
      // otherwise make the server keep every update for it. Not a setting; tests lower it.
      unsentBytes: 8 * 1024 * 1024,
    },
    trustProxy: addressList(env.TRUST_PROXY, "TRUST_PROXY"),
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: intIn(
      env.QUER_KEEP_ALIVE_TIMEOUT_MS,
      5_000,
      "QUER_KEEP_ALIVE_TIMEOUT_MS",
      100,
      600_000,
    ),
  };
}
