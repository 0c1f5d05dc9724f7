/**
 * Links people give (a contact's web page) end up in `href`s. Only these schemes are
 * accepted and shown as links: `javascript:` or `data:` would run in the reader's page.
 */
export const LINK_SCHEMES = ["http:", "https:", "mailto:", "tel:"] as const;

/**
 * Whether `value` is a link with an allowed scheme, read as a browser reads an `href`
 * (the WHATWG URL parser, which drops tabs and line breaks inside the scheme), and,
 * for http and https, with a host.
 */
export function isSafeLink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!(LINK_SCHEMES as readonly string[]).includes(url.protocol)) return false;
  return url.protocol === "mailto:" || url.protocol === "tel:" || url.hostname !== "";
}
