import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { wordsInCode } from "./words-in-code.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TREES = ["server/src", "shared/src", "client/src"];

/** Catalogues are where the words belong; tests are not shown to anyone. */
const NOT_SCANNED = [
  /\.test\.tsx?$/,
  /(^|\/)(messages|refusal-messages|issue-messages)\.\w+\.ts$/,
  /^client\/src\/i18n\/(de|ls|en|tr|ar|uk|ru)\.ts$/,
];

/**
 * Files whose words are allowed in code, and why. An entry whose file no longer has any
 * such words fails the test below, so this list only shrinks.
 */
const ALLOWED: Record<string, string> = {
  // Test support: fixtures and seeded boards for the tests' own worlds.
  "server/src/testing/harness.ts": "test fixtures",
  "server/src/http/hostile/world.ts": "test fixtures",
  "server/src/http/hostile/permissions.table.ts": "test fixtures",
  "server/src/http/hostile/wire-bytes.ts": "test fixtures",
  // Each language's name in that language, the same on every page.
  "shared/src/i18n/locales.ts": "language names in their own language",
  // The marker written into the mail outbox in place of an erased address.
  "server/src/account/scrub.ts": "stored marker of an erased recipient",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function scan(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const tree of TREES) {
    for (const path of sources(join(ROOT, tree))) {
      const file = relative(ROOT, path).split("\\").join("/");
      if (NOT_SCANNED.some((p) => p.test(file))) continue;
      const words = wordsInCode(file, readFileSync(path, "utf8"));
      if (words.length > 0)
        found.set(
          file,
          words.map((w) => `${file}:${w.line}: ${w.text}`),
        );
    }
  }
  return found;
}

describe("words for people in code", () => {
  const found = scan();

  it("finds none outside the catalogues and the allowed files", () => {
    const outside = [...found].filter(([file]) => !(file in ALLOWED)).flatMap(([, lines]) => lines);
    expect(outside).toEqual([]);
  });

  it("allows only files that still have some", () => {
    expect(Object.keys(ALLOWED).filter((file) => !found.has(file))).toEqual([]);
  });
});

describe("wordsInCode", () => {
  const texts = (source: string, file = "x.ts") => wordsInCode(file, source).map((f) => f.text);

  it("finds German and English sentences in literals, templates and JSX text", () => {
    expect(texts(`throw forbidden("Das darfst du hier nicht.");`)).toEqual(["Das darfst du hier nicht."]);
    expect(texts(`const a = \`Du hast nur \${n} Punkte.\`;`)).toEqual(["Du hast nur x Punkte."]);
    expect(texts(`const b = "Grün";`)).toEqual(["Grün"]);
    expect(texts(`const c = { label: "Please sign in." };`)).toEqual(["Please sign in."]);
    expect(texts(`const d = <p>Nothing here yet.</p>;`, "x.tsx")).toEqual(["Nothing here yet."]);
    expect(texts(`const e = <button aria-label="Close the dialog.">x</button>;`, "x.tsx")).toEqual([
      "Close the dialog.",
    ]);
  });

  it("leaves keys, code words, log lines and developers' errors alone", () => {
    expect(texts(`throw forbidden("notAllowed");`)).toEqual([]);
    expect(texts(`import x from "./Grün.ts";`)).toEqual([]);
    expect(texts(`const q = "select id from ideas where board_id = ?";`)).toEqual([]);
    expect(texts(`log.warn({ id }, "Request body broke off.");`)).toEqual([]);
    expect(texts(`console.error(\`Speicher voll: \${m}\`);`)).toEqual([]);
    expect(texts(`throw new Error("Unknown document kind.");`)).toEqual([]);
    expect(texts(`const m = { help: "Open sync sockets by kind." };`)).toEqual([]);
  });

  it("still finds a sentence beside a log call in the same statement", () => {
    expect(texts(`log.info("ok"), reply("Bitte warte kurz.");`)).toEqual(["Bitte warte kurz."]);
  });
});
