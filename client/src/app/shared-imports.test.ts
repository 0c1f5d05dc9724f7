import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The shared barrel re-exports every zod schema, and zod probes for `eval` with
 * `new Function("")` when it loads; the page's CSP refuses that and the browser reports a
 * violation on every page that pulls it in. Pages import what they show from the module
 * that defines it (`@quer/shared/office/limits`); types from the barrel cost nothing.
 */
const SRC = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Import statements that bring values (not `import type`, not only `type` names) from the barrel. */
function valueImportsOfBarrel(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+["']@quer\/shared["']/g)) {
    if (m[1]) continue;
    const names = (m[2] ?? "")
      .replace(/[{}]/g, "")
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean);
    if (names.some((n) => !n.startsWith("type "))) found.push(m[0]);
  }
  for (const m of text.matchAll(/(?:import|export\s+\*\s+from)\s*\(?\s*["']@quer\/shared["']/g))
    found.push(m[0]);
  return found;
}

describe("imports of @quer/shared in the client", () => {
  it("finds value imports and lets type imports pass", () => {
    expect(valueImportsOfBarrel(`import { auditActions } from "@quer/shared";`)).toHaveLength(1);
    expect(valueImportsOfBarrel(`import { type Idea, can } from "@quer/shared";`)).toHaveLength(1);
    expect(valueImportsOfBarrel(`import "@quer/shared";`)).toHaveLength(1);
    expect(valueImportsOfBarrel(`import type { Idea } from "@quer/shared";`)).toEqual([]);
    expect(valueImportsOfBarrel(`import { type Idea, type Board } from "@quer/shared";`)).toEqual([]);
    expect(valueImportsOfBarrel(`import { can } from "@quer/shared/permissions/can";`)).toEqual([]);
  });

  it("pages take values from the module that defines them, never from the barrel", () => {
    const offenders = sources(SRC).flatMap((file) =>
      valueImportsOfBarrel(readFileSync(file, "utf8")).map((line) => `${relative(SRC, file)}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });
});
