import type { Duplex } from "node:stream";
import type { ServerLocale } from "../http/locale.ts";
import { syncAr } from "./refusal-messages.ar.ts";
import { syncDe } from "./refusal-messages.de.ts";
import { syncEn } from "./refusal-messages.en.ts";
import { syncLs } from "./refusal-messages.ls.ts";
import { syncRu } from "./refusal-messages.ru.ts";
import { syncTr } from "./refusal-messages.tr.ts";
import type { SyncMessages } from "./refusal-messages.types.ts";
import { syncUk } from "./refusal-messages.uk.ts";

const catalogues: Record<ServerLocale, SyncMessages> = {
  de: syncDe,
  "de-x-ls": syncLs,
  en: syncEn,
  tr: syncTr,
  ar: syncAr,
  uk: syncUk,
  ru: syncRu,
};

/** The refusals' words in the reader's language (the `quer_locale` cookie). */
export function refusalMessages(locale: ServerLocale): SyncMessages {
  return catalogues[locale];
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  503: "Service Unavailable",
};

/**
 * Answers an upgrade with a plain HTTP error before any WebSocket exists, in the API's
 * error shape. Safe on a socket the client already closed.
 */
export function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code, message } });
  const retry = status === 429 || status === 503 ? "Retry-After: 10\r\n" : "";
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\n` +
      `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n${retry}` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
