/**
 * What changed between two versions of a text, as people read it: the part that differs
 * after what both share at the start and at the end, with a few words around it.
 */
export interface TextChange {
  /** Text before the change, shortened to its last words ("" at the start). */
  before: string;
  removed: string;
  added: string;
  /** Text after the change, shortened to its first words ("" at the end). */
  after: string;
}

const CONTEXT = 40;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The change from `older` to `newer`, or null when they are the same. */
export function changeOf(older: string, newer: string): TextChange | null {
  if (older === newer) return null;
  const shorter = Math.min(older.length, newer.length);
  let start = 0;
  while (start < shorter && older[start] === newer[start]) start++;
  // Never between the two halves of an emoji.
  if (start > 0 && isHigh(older.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && older[older.length - 1 - end] === newer[newer.length - 1 - end]) end++;
  if (end > 0 && isLow(older.charCodeAt(older.length - end))) end--;
  return {
    before: tail(older.slice(0, start)),
    removed: older.slice(start, older.length - end),
    added: newer.slice(start, newer.length - end),
    after: head(older.slice(older.length - end)),
  };
}

/** The last words of `text`, at most about CONTEXT characters, with "…" when cut. */
function tail(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(-CONTEXT);
  const space = cut.indexOf(" ");
  return `…${space >= 0 && space < CONTEXT / 2 ? cut.slice(space) : cut}`;
}

/** The first words of `text`, at most about CONTEXT characters, with "…" when cut. */
function head(text: string): string {
  if (text.length <= CONTEXT) return text;
  const cut = text.slice(0, CONTEXT);
  const space = cut.lastIndexOf(" ");
  return `${space > CONTEXT / 2 ? cut.slice(0, space) : cut}…`;
}

/** A long stretch as its beginning and end, cut at words: enough to recognise it, short enough for a phone. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const keep = Math.floor((max - 3) / 2);
  let start = text.slice(0, keep);
  const space = start.lastIndexOf(" ");
  if (space > keep / 2) start = start.slice(0, space);
  let end = text.slice(-keep);
  const next = end.indexOf(" ");
  if (next >= 0 && next < keep / 2) end = end.slice(next + 1);
  return `${start.trimEnd()} … ${end.trimStart()}`;
}

/** The text as a version keeps it (the server's rule): the title's spaces collapsed, both trimmed. */
export function asKept(text: { title: string; body: string }): { title: string; body: string } {
  return { title: text.title.replace(/\s+/g, " ").trim(), body: text.body.trim() };
}
