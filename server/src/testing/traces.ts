import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** One place where a planted string was found. */
export interface Trace {
  file: string;
  offset: number;
  form: string;
  /** The bytes around it, printable ASCII kept and everything else shown as a dot. */
  context: string;
}

export interface ScanResult {
  files: number;
  bytes: number;
  traces: Trace[];
}

/** Every file under `dir`, at any depth. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Escapes every character outside ASCII as JSON's \uXXXX does. */
function jsonEscaped(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The byte forms a planted string can take on disk: UTF-8 as written, lowercased,
 * JSON-escaped, and UTF-16 (either byte order). Lowercase forms are searched in a
 * lowercased copy of each file, so any mix of case is found.
 */
export function formsOf(planted: string[]): { form: string; bytes: Buffer; folded: boolean }[] {
  const forms = new Map<string, { form: string; bytes: Buffer; folded: boolean }>();
  const add = (form: string, bytes: Buffer, folded: boolean) => {
    const key = `${folded}:${bytes.toString("hex")}`;
    if (!forms.has(key)) forms.set(key, { form, bytes, folded });
  };
  for (const text of planted) {
    add(`utf8 ${text}`, Buffer.from(text, "utf8"), false);
    add(`any case ${text}`, Buffer.from(text.toLowerCase(), "utf8"), true);
    add(`json ${text}`, Buffer.from(jsonEscaped(text), "utf8"), false);
    add(`json any case ${text}`, Buffer.from(jsonEscaped(text.toLowerCase()), "utf8"), true);
    const le = Buffer.from(text, "utf16le");
    add(`utf16le ${text}`, le, false);
    add(`utf16be ${text}`, Buffer.from(le).swap16(), false);
  }
  return [...forms.values()];
}

/** ASCII letters lowercased, every other byte as it is (what SQLite's lower() does too). */
function foldAscii(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < out.length; i++) {
    const b = out[i] as number;
    if (b >= 0x41 && b <= 0x5a) out[i] = b + 0x20;
  }
  return out;
}

/**
 * Reads every byte of every file under `dir` and reports each place where one of the
 * planted strings occurs in any of its forms (`formsOf`).
 */
export function scanForTraces(dir: string, planted: string[]): ScanResult {
  const forms = formsOf(planted);
  const result: ScanResult = { files: 0, bytes: 0, traces: [] };
  for (const path of filesUnder(dir)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      // A -wal or -shm file may vanish between listing and reading while a server runs.
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    result.files += 1;
    result.bytes += bytes.byteLength;
    const folded = foldAscii(bytes);
    const file = relative(dir, path);
    // One trace per place: the forms overlap (the token is part of every planted string).
    const found = new Map<number, string>();
    for (const f of forms) {
      const haystack = f.folded ? folded : bytes;
      for (let at = haystack.indexOf(f.bytes); at !== -1; at = haystack.indexOf(f.bytes, at + 1)) {
        if (!found.has(at)) found.set(at, f.form);
      }
    }
    for (const [offset, form] of [...found].sort((a, b) => a[0] - b[0])) {
      const around = bytes.subarray(Math.max(0, offset - 24), offset + 40);
      const context = [...around].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
      result.traces.push({ file, offset, form, context });
    }
  }
  return result;
}

/** Where traces were found, a few per file: for a failing test's message. */
export function describeTraces(scan: ScanResult): string[] {
  const byFile = new Map<string, Trace[]>();
  for (const t of scan.traces) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  return [...byFile].flatMap(([file, traces]) => [
    `${file}: ${traces.length} occurrence(s)`,
    ...traces.slice(0, 5).map((t) => `  @${t.offset} ${t.form}: ${t.context}`),
  ]);
}
