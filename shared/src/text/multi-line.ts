/** Every way of ending a line, read as one line feed. */
const LINE_ENDS = /\r\n|[\r\u0085\u2028\u2029]/g;
/** C0 controls but the line feed and tab, DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
 * reorder whole lines. The marks (U+200E, U+200F, U+061C) stay: in longer text they
 * are how right-to-left and left-to-right words sit correctly side by side.
 */
const BIDI_OVERRIDES = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A multi-line field (idea bodies, comments, reasons): NFC, every line end as LF, tabs
 * as spaces, no other controls and no bidi overrides or isolates. Not trimmed: the
 * schemas trim, and co-written text is copied as it is.
 */
export function multiLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(LINE_ENDS, "\n")
    .replace(/\t/g, " ")
    .replace(CONTROLS, "")
    .replace(BIDI_OVERRIDES, "");
}
