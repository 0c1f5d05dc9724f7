/** The office settings' limits, without zod: pages import them alone (decision 0035). */

/** The longest office name: it stands in the header beside the navigation. */
export const OFFICE_NAME_MAX = 80;
/** The longest description of the logo for people who do not see it. */
export const LOGO_ALT_MAX = 160;
/**
 * The largest logo, in bytes. A header logo needs a few kilobytes; the cap keeps every
 * page's first view light and the upload cheap to check.
 */
export const LOGO_MAX_BYTES = 200 * 1024;

/**
 * The picture formats a logo may have. No SVG: an SVG is a document that may carry
 * scripts and links, and a logo must be nothing but a picture (decision 0035).
 */
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export function isLogoType(value: string): value is LogoType {
  return (LOGO_TYPES as readonly string[]).includes(value);
}
