import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { testApp, testServer } from "../testing/harness.ts";
import { acceptsBrotli } from "./static.ts";

const SCRIPT = `export const words = "${"Quer ".repeat(400)}";`;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanups) f();
  cleanups = [];
});

function setup() {
  const clientDir = mkdtempSync(join(tmpdir(), "quer-client-"));
  writeFileSync(join(clientDir, "index.html"), "<!doctype html><html><head></head><body></body></html>");
  mkdirSync(join(clientDir, "assets"));
  writeFileSync(join(clientDir, "assets", "app-1.js"), SCRIPT);
  writeFileSync(join(clientDir, "assets", "app-1.js.br"), brotliCompressSync(SCRIPT));
  mkdirSync(join(clientDir, ".vite"));
  writeFileSync(join(clientDir, ".vite", "manifest.json"), '{"index.html":{"file":"assets/app-1.js"}}');
  const current = testApp({ clientDir });
  cleanups.push(
    () => current.dispose(),
    () => rmSync(clientDir, { recursive: true, force: true }),
  );
  return { app: current.app, clientDir };
}

describe("the client's files", () => {
  it("sends the build's Brotli copy to browsers that accept it", async () => {
    const { app } = setup();
    const res = await app.request("/assets/app-1.js", {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("vary")).toContain("Accept-Encoding");
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(brotliCompressSync(SCRIPT));
  });

  it("sends gzip or the plain file to the rest", async () => {
    // Compressed where Node writes the answer (compress.ts): a real server.
    const server = await testServer({ clientDir: setup().clientDir });
    cleanups.push(() => void server.dispose());
    const gzip = await fetch(`${server.url}/assets/app-1.js`, {
      headers: { "accept-encoding": "gzip, br;q=0" },
    });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(SCRIPT);
    const plain = await fetch(`${server.url}/assets/app-1.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it("keeps the build's own files to itself", async () => {
    const { app } = setup();
    for (const path of ["/.vite/manifest.json", "/%2Evite/manifest.json", "/assets/../.vite/manifest.json"]) {
      const res = await app.request(path);
      // The page, as for any address the client does not know: never the manifest.
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).not.toContain("index.html");
    }
  });

  it("keeps the document policies on pages and leaves them off scripts", async () => {
    const { app } = setup();
    const page = await app.request("/somewhere");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const script = await app.request("/assets/app-1.js");
    expect(script.headers.get("content-security-policy")).toBeNull();
    expect(script.headers.get("permissions-policy")).toBeNull();
    expect(script.headers.get("x-content-type-options")).toBe("nosniff");
    expect(script.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("acceptsBrotli", () => {
  it("reads Accept-Encoding, quality values included", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5")).toBe(true);
    expect(acceptsBrotli("BR")).toBe(true);
    expect(acceptsBrotli("gzip, br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip")).toBe(false);
    expect(acceptsBrotli("brotli")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});
