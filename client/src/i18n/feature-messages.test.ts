import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Features whose German messages stay out of the entry script: their `messages.ts` adds
 * them when it loads. A file that shows one of their messages without importing that
 * module would show `undefined` in German, so this reads the sources and says which.
 */
const SRC = fileURLToPath(new URL("..", import.meta.url));
const FEATURES = [
  "account",
  "comments",
  "cowriting",
  "help",
  "moderation",
  "notifications",
  "office",
  "password",
  "projects",
  "workshops",
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$|[\\/]messages(\.\w+)?\.ts$/.test(path) ? [path] : [];
  });
}

/** The keys a catalogue file defines (`  "key": …` at the top level of its object). */
function keysOf(file: string): Set<string> {
  const text = readFileSync(join(SRC, file), "utf8");
  return new Set([...text.matchAll(/^ {2}"([\w.]+)":/gm)].map((m) => m[1] as string));
}

/**
 * The message keys a source mentions: string literals, the bases that `tn()` takes
 * (`x` for `x.one` and `x.other`), and template literals naming a family (`ws.phase.${…}`).
 */
function mentions(text: string, keys: Set<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/["'`]([\w.]+)(["'`]|\$\{)/g)) {
    const literal = m[1] as string;
    // A capability asked of may() ("project.manage") is not a message, whatever its name.
    if (text.slice(Math.max(0, m.index - 4), m.index) === "may(") continue;
    if (m[2] === "${") {
      for (const key of keys) if (key.startsWith(literal)) found.add(key);
    } else if (keys.has(literal)) found.add(literal);
    else if (keys.has(`${literal}.one`)) found.add(`${literal}.one`);
  }
  return [...found];
}

describe("feature messages", () => {
  const core = keysOf("i18n/de.ts");
  for (const feature of FEATURES) {
    it(`every file showing ${feature} messages imports ${feature}/messages.ts`, () => {
      const keys = keysOf(`${feature}/messages.de.ts`);
      const missing: string[] = [];
      for (const file of sources(SRC)) {
        const text = readFileSync(file, "utf8");
        const shown = mentions(text, keys);
        if (shown.length === 0) continue;
        // The path as the file writes it: "./messages.ts" beside it, "../messages.ts" from a sub-folder.
        const path = relative(dirname(file), join(SRC, feature, "messages.ts"));
        const module = path.startsWith(".") ? path : `./${path}`;
        if (!text.includes(`import "${module}";`)) missing.push(`${relative(SRC, file)} (${shown[0]})`);
      }
      expect(missing).toEqual([]);
    });

    it(`${feature} keys are either the feature's or the core catalogue's, not both`, () => {
      const keys = keysOf(`${feature}/messages.de.ts`);
      expect([...keys].filter((key) => core.has(key))).toEqual([]);
    });
  }
});
