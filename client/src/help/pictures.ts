/**
 * The help page's steps and their pictures. The pictures are screenshots of the app made
 * by `e2e/help-pictures.test.ts` into `client/public/help/`, in German for every
 * language (decision 0039), so they show the app as it is.
 */
export const RESIDENT_STEPS = ["signup", "post", "vote", "comment", "cowrite", "follow"] as const;
export const GUEST_STEPS = ["join", "card", "dots"] as const;
export type HelpStep = (typeof RESIDENT_STEPS)[number] | (typeof GUEST_STEPS)[number];

/** Where the client serves a step's picture from. */
export function pictureUrl(step: HelpStep): string {
  return `/help/${step}.jpg`;
}

/** The width the pictures are taken at: a common phone's, in CSS pixels. */
export const PICTURE_WIDTH = 390;
