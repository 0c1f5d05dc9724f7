import type { HttpMessages } from "./messages.types.ts";

export const httpEn: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Open Quer at ${publicUrl} – signing in and making changes do not work at this address.`,
  foreignRequest: "Request from another origin refused (Origin does not match).",
  pageDescription: "Quer – share ideas and problems from the neighbourhood and vote on them together.",
};
