/** Letters that have a customary ASCII spelling in German; others lose their accents. */
const ASCII_SPELLING: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
};

/** Letters and digits of any script kept, every other run of characters one hyphen. */
function slug(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

function asciiSlug(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[äöüÄÖÜß]/g, (ch) => ASCII_SPELLING[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/**
 * `Content-Disposition` for a download named after `title` and `suffix`: the name with
 * its umlauts as RFC 5987 `filename*`, and an ASCII spelling (`ü` → `ue`) as `filename`
 * for programs that know no other.
 */
export function attachment(title: string, suffix: string, ext: string, fallback: string): string {
  const name = [slug(title) || fallback, slug(suffix)].filter(Boolean).join("-");
  const ascii = [asciiSlug(title) || asciiSlug(fallback) || "export", asciiSlug(suffix)]
    .filter(Boolean)
    .join("-");
  const encoded = encodeURIComponent(`${name}.${ext}`).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encoded}`;
}
