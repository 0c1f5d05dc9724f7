import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { dirOf, type Locale } from "@quer/shared/i18n/locales";
import type { Context } from "hono";
import { requestLocale } from "./locale.ts";
import { httpMessages } from "./messages.ts";
import { withDescription, withLanguage } from "./page-shell.ts";
import { refusalMessages } from "./refusals.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Everything the page loads comes from this origin; the policy says so to the browser
 * too, so no script, font or request can reach a third party.
 */
export function pageHeaders(publicUrl: string): Record<string, string> {
  const ws = publicUrl.replace(/^http/, "ws");
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      `connect-src 'self' ${ws}`,
      "img-src 'self' data: blob:",
      "style-src 'self'",
      "script-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ].join("; "),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}

async function fileAt(root: string, path: string): Promise<string | null> {
  const target = normalize(join(root, decodeURIComponent(path)));
  if (target !== root && !target.startsWith(root + sep)) return null;
  // Dot folders and files are the build's own bookkeeping (Vite's manifest), not the client.
  const inside = target.slice(root.length).split(sep);
  if (inside.some((part) => part.startsWith("."))) return null;
  try {
    return (await stat(target)).isFile() ? target : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built client; unknown paths get index.html so the client's router takes
 * over, its `<html lang dir>` in the request's language (`language`), so the page is
 * announced and laid out right before any script runs.
 */
export function serveClient(
  config: { readonly clientDir: string; readonly publicUrl: string },
  language?: (c: Context) => Locale,
) {
  return async (c: Context) => {
    const root = config.clientDir;
    const headers = pageHeaders(config.publicUrl);
    let path: string;
    try {
      path = new URL(c.req.url).pathname;
    } catch {
      return c.notFound();
    }
    const asset = path !== "/" ? await fileAt(root, path).catch(() => null) : null;
    const file = asset ?? (await fileAt(root, "index.html"));
    if (!file) {
      return c.text(refusalMessages(requestLocale(c)).clientNotBuilt, 503, headers);
    }
    const immutable = asset !== null && path.startsWith("/assets/");
    const fileHeaders = {
      ...(/\.(js|css)$/.test(file) ? subresourceHeaders(headers) : headers),
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    };
    // The build writes a Brotli copy of each script and stylesheet (client/vite-brotli.ts).
    const packed =
      immutable && acceptsBrotli(c.req.header("accept-encoding"))
        ? await readFile(`${file}.br`).catch(() => null)
        : null;
    if (packed) {
      return c.body(packed, 200, { ...fileHeaders, "Content-Encoding": "br", Vary: "Accept-Encoding" });
    }
    if (asset === null && language) {
      const lang = language(c);
      const html = withLanguage(await readFile(file, "utf8"), lang, dirOf(lang));
      return c.body(withDescription(html, httpMessages(lang).pageDescription), 200, fileHeaders);
    }
    return c.body(await readFile(file), 200, fileHeaders);
  };
}

/**
 * A script or stylesheet is never a document, so the policies that only documents obey
 * are left off: a few hundred bytes per file, on a slow network. `nosniff` stays,
 * and so does the referrer policy, which also covers what a stylesheet loads.
 */
function subresourceHeaders(headers: Record<string, string>): Record<string, string> {
  const { "Content-Security-Policy": _csp, "Permissions-Policy": _permissions, ...rest } = headers;
  return rest;
}

/** Whether an Accept-Encoding header allows Brotli: `br`, but not `br;q=0`. */
export function acceptsBrotli(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name, ...params] = part.split(";").map((p) => p.trim());
    if (name?.toLowerCase() !== "br") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
