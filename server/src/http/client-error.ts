import type { Duplex } from "node:stream";
import { errorBody } from "./errors.ts";

function answer(status: string, message: string): string {
  const body = JSON.stringify(errorBody("invalid", message));
  return (
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=UTF-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/**
 * Node's `clientError`: a request whose framing is broken or that did not arrive in
 * time, before or while a handler reads it. Answered like any bad input, as JSON, and
 * not logged: a handler that was reading the body logs that it broke off.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A response already under way on this socket must not be interleaved with another.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code !== "ECONNRESET" && socket.writable && !inFlight?.headersSent) {
    if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
      socket.write(answer("408 Request Timeout", "Die Anfrage kam nicht rechtzeitig vollständig an."));
    } else if (error.code === "HPE_HEADER_OVERFLOW") {
      socket.write(answer("431 Request Header Fields Too Large", "Die Kopfzeilen der Anfrage sind zu groß."));
    } else {
      socket.write(answer("400 Bad Request", "Die Anfrage ist fehlerhaft."));
    }
  }
  socket.destroy();
}
