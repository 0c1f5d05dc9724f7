import type { OfficeMessages } from "./messages.types.ts";

export const officeLs: OfficeMessages = {
  // The office's own name: it stays German whatever language a page is read in.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "The office's name and logo are set by the neighbourhood manager.",
  tooLarge: (maxKb) => `The picture is too large. At most ${maxKb} KB are allowed.`,
  notAPicture: "This is not a PNG, JPEG or WebP picture. Please choose one of those (SVG is not possible).",
  empty: "No picture arrived. Please choose a file.",
  altNeeded: "Please describe the logo in a few words, for people who cannot see it.",
  noLogo: "This logo does not exist (any more).",
  rateLimited: "You have changed a lot just now. Please wait a moment.",
};
