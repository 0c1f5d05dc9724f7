/** Refusals the HTTP layer words itself, per language. */
export interface HttpMessages {
  /** A mutating request from a page opened at another address than PUBLIC_URL. */
  wrongOrigin: (publicUrl: string) => string;
  /** A mutating request with no Origin that the browser does not call same-origin. */
  foreignRequest: string;
  /** What Quer is, in one sentence: every page's `<meta name="description">`. */
  pageDescription: string;
}
