import type { Duplex } from "node:stream";
import { errorBody } from "./errors.ts";
import type { PlainRefusal } from "./refusals.ts";
import { refusalMessages } from "./refusals.ts";

/**
 * Written before any request exists, so before its cookie is read: in German, the
 * office's language, like every answer to a request without a language.
 */
function answer(status: string, key: PlainRefusal): string {
  const body = JSON.stringify(errorBody("invalid", refusalMessages("de")[key]));
  return (
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Language: de\r\n` +
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
      socket.write(answer("408 Request Timeout", "requestTimeout"));
    } else if (error.code === "HPE_HEADER_OVERFLOW") {
      socket.write(answer("431 Request Header Fields Too Large", "headersTooLarge"));
    } else {
      socket.write(answer("400 Bad Request", "malformedRequest"));
    }
  }
  socket.destroy();
}
