/**
 * The first date a page formats makes the browser load its locale data: 50–150 ms on an
 * old phone, in the middle of rendering a board's first cards. The server adds this file
 * to board pages as a script of its own, without imports (server/src/http/page-shell.ts):
 * on a slow network it arrives long before the app's code and does that work while the
 * page is only waiting. The data serves every formatter and language, so it needs to
 * know nothing about the person.
 */
try {
  new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" }).format(0);
} catch {
  // Without Intl the page works the same, just without the head start.
}
