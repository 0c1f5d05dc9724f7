import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ROOT } from "../lib/child.ts";
import type { Scenario } from "../lib/report.ts";
import { kb } from "../lib/stats.ts";
import { ensureClientBuilt } from "./cold-start.ts";

/**
 * Client weight: what a phone downloads to show a board, from the build. The entry
 * script and stylesheet named in index.html, the board page's chunk, and every chunk
 * those import statically (dynamic imports load later, on other pages), each gzipped.
 */
const ASSETS = `${ROOT}client/dist/assets/`;
/** Static imports in built chunks: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`. */
const STATIC_IMPORT = /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;

function staticGraph(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(ASSETS + file, "utf8");
    for (const m of code.matchAll(STATIC_IMPORT)) if (m[1]) queue.push(m[1]);
  }
  return seen;
}

const gz = (file: string) => gzipSync(readFileSync(ASSETS + file), { level: 9 }).byteLength;

/**
 * The languages other than German, by their chunk's name (client/src/i18n/<code>.ts): a
 * first visit in one of them loads that chunk, and what it imports, before the first render.
 */
const LANGUAGE_CHUNKS: [string, string][] = [
  ["de-x-ls", "ls"],
  ["en", "en"],
  ["tr", "tr"],
  ["ar", "ar"],
  ["uk", "uk"],
  ["ru", "ru"],
];

/** Per language: the board page's first-load JS plus that language's chunks (German: none). */
function perLanguage(
  firstLoad: Set<string>,
  base: number,
): { locale: string; gzip: number; extra: number }[] {
  const files = readdirSync(ASSETS);
  const rows = [{ locale: "de", gzip: base, extra: 0 }];
  for (const [locale, code] of LANGUAGE_CHUNKS) {
    const chunk = files.find((f) => new RegExp(`^${code}-[\\w-]+\\.js$`).test(f));
    if (!chunk) throw new Error(`the build has no chunk for ${locale}`);
    const extra = [...staticGraph([chunk])].filter((f) => !firstLoad.has(f)).reduce((a, f) => a + gz(f), 0);
    rows.push({ locale, gzip: base + extra, extra });
  }
  return rows;
}

export const weightScenario: Scenario = async (mode) => {
  ensureClientBuilt();
  const html = readFileSync(`${ROOT}client/dist/index.html`, "utf8");
  const entries = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const css = [...html.matchAll(/<link[^>]+href="\/assets\/([^"]+\.css)"/g)].map((m) => m[1] as string);
  const boardChunk = readdirSync(ASSETS).find((f) => /^BoardPage-[\w-]+\.js$/.test(f));
  if (entries.length === 0 || !boardChunk)
    throw new Error("entry script or BoardPage chunk not found in the build");
  const js = [...staticGraph([...entries, boardChunk])];
  const jsGzip = js.reduce((a, f) => a + gz(f), 0);
  const cssGzip = css.reduce((a, f) => a + gz(f), 0);
  const jsRaw = js.reduce((a, f) => a + readFileSync(ASSETS + f).byteLength, 0);
  const languages = perLanguage(new Set(js), jsGzip);
  const heaviest = languages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const biggest = js
    .map((f) => ({ f, n: gz(f) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map((x) => `${x.f.replace(/-[\w-]+\.js$/, "")} ${kb(x.n)} KB`)
    .join(", ");
  return {
    lines: [
      [
        "board page JS",
        `${kb(jsGzip)} KB gzip (${kb(jsRaw)} KB raw) in ${js.length} files; largest: ${biggest}`,
      ],
      ["board page CSS", `${kb(cssGzip)} KB gzip`],
      [
        "board page JS per language",
        languages.map((l) => `${l.locale} ${kb(l.gzip)} KB (+${kb(l.extra)})`).join(", "),
      ],
    ],
    budgets: [
      {
        what: "board page first-load JS",
        limit: "≤ 80 KB gzip",
        value: `${kb(jsGzip)} KB`,
        met: jsGzip <= 80 * 1024,
      },
      {
        what: "board page first-load JS in the heaviest language (entry + its catalogue)",
        limit: "≤ 80 KB gzip",
        value: `${kb(heaviest.gzip)} KB (${heaviest.locale})`,
        met: heaviest.gzip <= 80 * 1024,
      },
    ],
    data: { js, css, jsGzip, cssGzip, jsRaw, languages, quick: mode.quick },
  };
};
