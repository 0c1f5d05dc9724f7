import {
  type IncomingMessage,
  type OutgoingHttpHeader,
  type OutgoingHttpHeaders,
  ServerResponse,
} from "node:http";
import { brotliCompress, constants, gzip } from "node:zlib";

/** Smaller answers gain nothing worth a compressor's start-up (ideas of a few lines, health). */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE = /^\s*(?:text\/|application\/(?:[\w.-]+\+)?(?:json|javascript|xml)\b|image\/svg\+xml\b)/i;
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

type Encoding = "br" | "gzip";

/** What the client takes: Brotli before gzip, neither when refused with `q=0`. */
export function encodingFor(header: string | undefined): Encoding | null {
  const accepted = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

function headerOf(headers: OutgoingHttpHeaders, name: string): string | undefined {
  for (const key in headers) {
    if (key.length === name.length && key.toLowerCase() === name) {
      const value = headers[key];
      return Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
    }
  }
  return undefined;
}

function setHeader(headers: OutgoingHttpHeaders, name: string, value: string | number): void {
  const lower = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === lower) delete headers[key];
  headers[name] = value;
}

/** Whether an answer is worth compressing, from what the adapter writes in its head. */
function worthCompressing(status: number, headers: OutgoingHttpHeaders): boolean {
  const length = Number(headerOf(headers, "content-length") ?? 0);
  return (
    status === 200 &&
    length >= MIN_COMPRESSED_BYTES &&
    COMPRESSIBLE.test(headerOf(headers, "content-type") ?? "") &&
    headerOf(headers, "content-encoding") === undefined &&
    !/\bno-transform\b/i.test(headerOf(headers, "cache-control") ?? "")
  );
}

function compress(body: Buffer, encoding: Encoding, done: (error: Error | null, out: Buffer) => void) {
  if (encoding === "br") brotliCompress(body, BROTLI, done);
  else gzip(body, done);
}

/** An answer held back to be compressed: its head, and the body as it is written. */
interface Held {
  status: number;
  headers: OutgoingHttpHeaders;
  encoding: Encoding;
  chunks: Buffer[];
}

/**
 * Compresses what the server reads out (boards, lists, exports, pages, the client's files)
 * where Node writes the answer: there its length is known, because the adapter sends a
 * body it holds whole with a Content-Length. A small answer then costs two header lookups
 * and stays on the adapter's light path; compressing inside the app meant reading every
 * answer's body into a stream, which was most of a health check's CPU (decision 0025).
 * A big one is compressed in one piece off the event loop. Commands (anything but GET)
 * are a few hundred bytes and are never compressed. Given to `createServer` as its
 * `ServerResponse`, so nothing is patched per request.
 */
export class CompressingResponse<Req extends IncomingMessage = IncomingMessage> extends ServerResponse<Req> {
  private held: Held | null = null;

  override writeHead(status: number, headers?: OutgoingHttpHeaders | OutgoingHttpHeader[]): this;
  override writeHead(
    status: number,
    statusMessage?: string,
    headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): this;
  override writeHead(status: number, ...rest: unknown[]): this {
    const [headers] = rest as [OutgoingHttpHeaders | undefined];
    if (
      this.req.method !== "GET" ||
      rest.length !== 1 ||
      typeof headers !== "object" ||
      Array.isArray(headers) ||
      !worthCompressing(status, headers)
    ) {
      return super.writeHead(status, ...(rest as [OutgoingHttpHeaders]));
    }
    // The answer differs by Accept-Encoding whether or not this client takes compression.
    const vary = headerOf(headers, "vary");
    if (!vary?.toLowerCase().includes("accept-encoding")) {
      setHeader(headers, "Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    }
    const encoding = encodingFor(this.req.headers["accept-encoding"]);
    if (!encoding) return super.writeHead(status, headers);
    this.held = { status, headers, encoding, chunks: [] };
    return this;
  }

  // Its length was declared whole, so pieces are gathered and compressed at the end; the
  // head waits for them.
  override flushHeaders(): void {
    if (!this.held) super.flushHeaders();
  }

  override write(chunk: unknown, ...rest: unknown[]): boolean {
    if (!this.held) return (super.write as (...args: unknown[]) => boolean)(chunk, ...rest);
    this.held.chunks.push(asBuffer(chunk));
    return true;
  }

  override end(...args: unknown[]): this {
    const head = this.held;
    this.held = null;
    if (!head) return (super.end as (...a: unknown[]) => this)(...args);
    const [chunk] = args;
    if (chunk !== undefined && typeof chunk !== "function") head.chunks.push(asBuffer(chunk));
    const body = Buffer.concat(head.chunks);
    compress(body, head.encoding, (error, packed) => {
      if (!error) {
        setHeader(head.headers, "Content-Encoding", head.encoding);
        setHeader(head.headers, "Content-Length", packed.length);
        const etag = headerOf(head.headers, "etag");
        if (etag && !etag.startsWith("W/")) setHeader(head.headers, "ETag", `W/${etag}`);
      }
      super.writeHead(head.status, head.headers);
      super.end(error ? body : packed);
    });
    return this;
  }
}

function asBuffer(chunk: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError("an answer's body is text or bytes");
}
