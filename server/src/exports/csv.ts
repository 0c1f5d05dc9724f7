/**
 * CSV for German spreadsheets: UTF-8 with a byte-order mark (so umlauts survive), CRLF
 * line ends, fields quoted when needed, and cells that a spreadsheet would run as a
 * formula defused with a leading apostrophe.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  sep: "," | ";",
): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /["\r\n]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(sep));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
