import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Every catalogue, found by its `*.types.ts` (client features, each server area, the
 * sync refusals) or as the client's core (`client/src/i18n/<code>.ts`), has a file per
 * language with exactly the German file's keys, and per key the same placeholders
 * (`{name}` in a text; the number of parameters of a message that is a function). The
 * files are found by walking the tree, so a new catalogue is checked without a word here.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The language files' codes: `ls` is Leichte Sprache (`de-x-ls`). */
const CODES = ["de", "ls", "en", "tr", "ar", "uk", "ru"] as const;
/** The operators' command line speaks German and English (`QUER_LANG`), not the residents' languages. */
const TWO_LANGUAGES = new Set(["server/src/cli/messages"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const files = ["client/src", "server/src"].flatMap((dir) => walk(join(ROOT, dir)));
/** Each family by the path its language files share, without `.<code>.ts`. */
const families = files
  .filter((f) => f.endsWith(".types.ts"))
  .map((f) => relative(ROOT, f).slice(0, -".types.ts".length))
  .sort();

type Messages = Record<string, unknown>;

/** The one catalogue a language file exports. */
async function load(path: string): Promise<Messages> {
  const mod = (await import(join(ROOT, path))) as Record<string, unknown>;
  const objects = Object.values(mod).filter((v): v is Messages => typeof v === "object" && v !== null);
  expect(objects, `${path} exports one catalogue`).toHaveLength(1);
  return objects[0] as Messages;
}

function placeholders(value: unknown): string {
  if (typeof value === "function") return `(${value.length} parameters)`;
  return [...new Set(String(value).match(/\{\w+\}/g) ?? [])].sort().join(" ");
}

/** Key → placeholders, for comparing two catalogues in one readable diff. */
function shape(messages: Messages): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages)
      .map(([key, value]) => [key, placeholders(value)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const exists = (path: string) => files.includes(join(ROOT, path));

describe("catalogues", () => {
  it("are found: the client's features and every server area's", () => {
    expect(families).toContain("client/src/account/messages");
    expect(families).toContain("server/src/http/messages");
    expect(families).toContain("server/src/sync/refusal-messages");
    expect(families.length).toBeGreaterThanOrEqual(14);
  });

  for (const family of families) {
    const codes = TWO_LANGUAGES.has(family) ? (["de", "en"] as const) : CODES;
    it(`${family}: each language has exactly the German keys and placeholders`, async () => {
      const german = shape(await load(`${family}.de.ts`));
      expect(Object.keys(german).length).toBeGreaterThan(0);
      for (const code of codes) {
        expect(exists(`${family}.${code}.ts`), `${family}.${code}.ts`).toBe(true);
        expect(shape(await load(`${family}.${code}.ts`)), `${family}.${code}.ts`).toEqual(german);
      }
    });
  }

  it("client core: each language has the German core's keys and every feature's, nothing else", async () => {
    const features = families.filter((f) => f.startsWith("client/src/"));
    const german = shape({
      ...(await load("client/src/i18n/de.ts")),
      ...Object.assign({}, ...(await Promise.all(features.map((f) => load(`${f}.de.ts`))))),
    });
    for (const code of CODES.filter((c) => c !== "de")) {
      expect(shape(await load(`client/src/i18n/${code}.ts`)), `client/src/i18n/${code}.ts`).toEqual(german);
    }
  });
});
