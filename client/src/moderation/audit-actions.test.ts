import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { auditActions } from "@quer/shared/moderation/audit-actions";
import { describe, expect, it } from "vitest";
import { moderationDe } from "./messages.de.ts";
import { moderationEn } from "./messages.en.ts";

const SERVER = fileURLToPath(new URL("../../../server/src", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The actions the server writes: every `action: "…"` inside an `audit(…)` call. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, "utf8");
    for (const call of text.matchAll(/\baudit\(\s*cx\b[^;]*?action:\s*"([^"]+)"/gs))
      found.add(call[1] as string);
  }
  return found;
}

describe("audit actions", () => {
  it("lists every action the server writes", () => {
    const written = writtenActions();
    // The scan itself must see the writers, or it would pass on nothing.
    expect(written).toContain("idea.status");
    expect(written).toContain("workshop.phase");
    expect([...written].filter((a) => !(auditActions as readonly string[]).includes(a))).toEqual([]);
    expect([...auditActions].filter((a) => !written.has(a))).toEqual([]);
  });

  it.each([
    ["de", moderationDe],
    ["en", moderationEn],
  ])("names every action in %s", (_, catalogue) => {
    const keys = new Set(Object.keys(catalogue));
    expect(auditActions.filter((a) => !keys.has(`moderation.audit.action.${a}`))).toEqual([]);
  });
});
