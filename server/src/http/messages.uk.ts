import type { HttpMessages } from "./messages.types.ts";

export const httpUk: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Open Quer at ${publicUrl} – signing in and making changes do not work at this address.`,
  foreignRequest: "Request from another origin refused (Origin does not match).",
};
