/**
 * True when `publicUrl` names this machine only (`localhost`, `127.x.x.x`, `::1`,
 * `0.0.0.0`): a phone in the room cannot open it, so neither a join link nor a QR code
 * built from it works there.
 */
export function isLocalOnly(publicUrl: string): boolean {
  let host: string;
  try {
    host = new URL(publicUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "[::1]" ||
    host === "0.0.0.0"
  );
}

/**
 * True when a page open at `pageOrigin` is not at `publicUrl`: the server refuses its
 * sign-ins and changes (the Origin rule), so the page should send people to `publicUrl`.
 */
export function isOtherAddress(pageOrigin: string, publicUrl: string): boolean {
  try {
    return new URL(pageOrigin).origin !== new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
