import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One chunk of Vite's build manifest (`client/dist/.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The key of the entry in the manifest: Vite names it after the HTML file. */
const ENTRY = "index.html";

/** `key` and every chunk it imports statically, depth first. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const dep of manifest[key].imports ?? []) staticClosure(manifest, dep, into);
  return into;
}

const attr = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * Tags that make the browser fetch a lazily loaded page's code together with the entry
 * script instead of after it: on a slow network that saves the round trips of loading
 * the entry first and only then learning which chunks the page needs. Chunks and styles
 * the entry loads anyway are left out. `crossorigin` as on Vite's own tags, so the
 * preloaded modules are the ones the import uses.
 */
export function preloadTags(manifest: Manifest, pageSrc: string): string {
  const entry = staticClosure(manifest, ENTRY);
  const entryCss = new Set([...entry].flatMap((key) => manifest[key]?.css ?? []));
  const page = [...staticClosure(manifest, pageSrc)].filter((key) => !entry.has(key));
  const css = new Set(page.flatMap((key) => manifest[key]?.css ?? []).filter((f) => !entryCss.has(f)));
  return [
    // Stylesheets, not preloads: Vite's loader skips a stylesheet that is already linked.
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="/${attr(file)}">`),
    ...page.map((key) => `<link rel="modulepreload" crossorigin href="/${attr(manifest[key]?.file ?? "")}">`),
  ].join("");
}

/**
 * `<script async>` for scripts of the build that stand alone (no imports, such as
 * client/src/warm-intl.ts): each runs the moment it arrives, while the app's code is
 * still on its way. Classic scripts, so nothing waits for the app's module graph.
 */
export function asyncScriptTags(manifest: Manifest, srcs: readonly string[]): string {
  return srcs
    .flatMap((src) => (manifest[src] ? [`<script async src="/${attr(manifest[src].file)}"></script>`] : []))
    .join("");
}

/** Inserts `markup` at the end of `<head>`; a function replacement, so no `$&` in it is special. */
export function intoHead(html: string, markup: string): string {
  const at = html.indexOf("</head>");
  return at < 0 ? html : html.slice(0, at) + markup + html.slice(at);
}

/**
 * A JSON data block: the CSP (`script-src 'self'`) lets it through because it never
 * runs. `<` is escaped so no string in the data (an idea titled `</script>…`) can end
 * the element or open a comment; JSON.parse reads `\u003c` back as `<`.
 */
export function dataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${attr(id)}">${json}</script>`;
}

/**
 * index.html with the preload tags of the page built from `page` and the standalone
 * `scripts`, read once from the build: the files only change with a new build, which
 * comes with a restart. Until the client is built there is nothing to cache, so it is
 * tried again.
 */
export function pageShell(
  clientDir: string,
  parts: { page: string; scripts: readonly string[] },
): () => string | null {
  let shell: string | null = null;
  return () => {
    if (shell !== null) return shell;
    try {
      const html = readFileSync(join(clientDir, "index.html"), "utf8");
      const manifest = JSON.parse(
        readFileSync(join(clientDir, ".vite", "manifest.json"), "utf8"),
      ) as Manifest;
      shell = intoHead(html, asyncScriptTags(manifest, parts.scripts) + preloadTags(manifest, parts.page));
    } catch {
      return null;
    }
    return shell;
  };
}

const ROOT = '<div id="root">';

/**
 * index.html with `markup` as the inside of `#root` in place of its loading note, marked
 * as the server's view (client/src/app/server-view.ts takes it over). Unchanged when the
 * page has no such element.
 */
export function intoRoot(html: string, markup: string): string {
  const start = html.indexOf(ROOT);
  const end = start < 0 ? -1 : html.indexOf("</div>", start);
  if (end < 0) return html;
  return `${html.slice(0, start)}<div id="root" data-server-view>${markup}${html.slice(end)}`;
}

/** index.html's `<html>` tag with the page's language and writing direction. */
export function withLanguage(html: string, lang: string, dir: "ltr" | "rtl"): string {
  return html.replace(/<html[^>]*>/, `<html lang="${attr(lang)}" dir="${dir}">`);
}

/** index.html's description in the page's language, for link previews and search results. */
export function withDescription(html: string, text: string): string {
  return html.replace(
    /<meta name="description" content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${attr(text)}" />`,
  );
}
