/**
 * Text people type, made safe to show on one line and to copy into minutes, mails and
 * file names. No zod here: the client and the server's own copies use it directly.
 */

/** Line breaks and tabs, which become a space rather than gluing words together. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** C0 and C1 control characters, DEL included. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and marks (U+200E, U+200F, U+061C). In a name or title they can
 * reverse what follows ("gpj.exe" shown as "exe.jpg") or reorder a line of the minutes.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * A single-line field (titles, names, offices): NFC, line breaks to spaces, every other
 * control and bidi control removed, runs of white space as one space, trimmed.
 */
export function singleLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(BREAKS, " ")
    .replace(CONTROLS, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/\s+/g, " ")
    .trim();
}
