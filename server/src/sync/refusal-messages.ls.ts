import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncLs: SyncMessages = {
  noEndpoint: "There is no live connection here.",
  wrongOrigin: (publicUrl) =>
    `Open Quer at ${publicUrl} – the live connection does not work at this address.`,
  unknownDocument: "This content does not exist.",
  serverFull: "The server is full right now. Please try again in a moment.",
  tooManySockets: "Too many open connections. Please close other windows.",
  noAccess: "You have no access to this content.",
  signIn: "Please sign in.",
  invalid: "Invalid request.",
};
