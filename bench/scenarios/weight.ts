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
    ],
    budgets: [
      {
        what: "board page first-load JS",
        limit: "≤ 80 KB gzip",
        value: `${kb(jsGzip)} KB`,
        met: jsGzip <= 80 * 1024,
      },
    ],
    data: { js, css, jsGzip, cssGzip, jsRaw, quick: mode.quick },
  };
};
