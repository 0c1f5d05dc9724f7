import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompressingResponse, encodingFor, MIN_COMPRESSED_BYTES } from "./compress.ts";

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Mehr Bänke am Fluss ${i}` })) };
const bigText = JSON.stringify(big);

/** A real server on a real port: compression happens where Node writes the answer. */
const app = new Hono()
  .get("/small", (c) => c.json({ ok: true }))
  .get("/big", (c) => c.json(big))
  .post("/big", (c) => c.json(big))
  .get("/packed", (c) =>
    c.body(bigText, 200, { "content-type": "application/json", "content-encoding": "br" }),
  )
  .get("/no-transform", (c) => c.json(big, 200, { "cache-control": "no-transform" }))
  .get("/text/:n", (c) => c.text("a".repeat(Number(c.req.param("n")))))
  .get("/picture", (c) => c.body(new Uint8Array(4096), 200, { "content-type": "image/png" }))
  .get("/pieces", () => {
    // A body the adapter writes in pieces, with its whole length declared.
    const bytes = new TextEncoder().encode(bigText);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 1000));
        controller.enqueue(bytes.subarray(1000));
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "application/json", "content-length": String(bytes.length) },
    });
  });

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer({ ServerResponse: CompressingResponse }, getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** The answer as it crossed the wire, undecoded (fetch would decode it). */
function get(path: string, acceptEncoding?: string, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { "accept-encoding": acceptEncoding } : {};
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("compressed answers", () => {
  it("sends a small answer as it is, with its length", async () => {
    const res = await get("/small", "gzip, deflate, br");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["content-length"]).toBe(String(res.body.length));
    expect(JSON.parse(res.body.toString())).toEqual({ ok: true });
  });

  it("sends a big read in Brotli to a browser that takes it, with the packed length", async () => {
    const res = await get("/big", "gzip, deflate, br, zstd");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(bigText.length / 2);
    expect(brotliDecompressSync(res.body).toString()).toBe(bigText);
  });

  it("sends gzip to a client that takes only gzip", async () => {
    const res = await get("/big", "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe(bigText);
  });

  it("sends the plain answer, marked as varying, to a client that takes neither", async () => {
    for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const res = await get("/big", accept);
      expect(res.headers["content-encoding"]).toBeUndefined();
      expect(res.headers.vary).toBe("Accept-Encoding");
      expect(res.body.toString()).toBe(bigText);
    }
  });

  it("gathers a body written in pieces and compresses it whole", async () => {
    const res = await get("/pieces", "gzip");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe(bigText);
  });

  it("leaves commands, packed answers, no-transform and pictures alone", async () => {
    const command = await get("/big", "gzip, br", "POST");
    expect(command.headers["content-encoding"]).toBeUndefined();
    expect(command.body.toString()).toBe(bigText);
    const packed = await get("/packed", "gzip, br");
    expect(packed.headers["content-encoding"]).toBe("br");
    expect(packed.body.toString()).toBe(bigText);
    const kept = await get("/no-transform", "gzip, br");
    expect(kept.headers["content-encoding"]).toBeUndefined();
    const picture = await get("/picture", "gzip, br");
    expect(picture.headers["content-encoding"]).toBeUndefined();
    expect(picture.body.length).toBe(4096);
  });

  it("compresses from the threshold on", async () => {
    const below = await get(`/text/${MIN_COMPRESSED_BYTES - 1}`, "gzip");
    expect(below.headers["content-encoding"]).toBeUndefined();
    expect(below.body.length).toBe(MIN_COMPRESSED_BYTES - 1);
    const at = await get(`/text/${MIN_COMPRESSED_BYTES}`, "gzip");
    expect(at.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(at.body).length).toBe(MIN_COMPRESSED_BYTES);
  });
});

describe("encodingFor", () => {
  it("prefers Brotli, then gzip, and honours q=0", () => {
    expect(encodingFor("gzip, deflate, br")).toBe("br");
    expect(encodingFor("gzip")).toBe("gzip");
    expect(encodingFor("br;q=0, gzip")).toBe("gzip");
    expect(encodingFor("BR;q=0.5")).toBe("br");
    expect(encodingFor("*")).toBe("gzip");
    expect(encodingFor("deflate")).toBeNull();
    expect(encodingFor(undefined)).toBeNull();
  });
});
