/**
 * The feedback form's limits, without zod: pages import them from here (the barrel's
 * schemas probe for eval, which the page's CSP refuses).
 */

/** Long enough for a careful description of a barrier, short enough for one notice. */
export const FEEDBACK_MAX_CHARS = 2000;
/** A path of this site, as the page's address bar shows it after the host. */
export const FEEDBACK_PAGE_MAX_CHARS = 200;
