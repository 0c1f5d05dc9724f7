/** Quer's middlewares in the order a request meets them; the ladder adds one per rung. */
export const LADDER = [
  "observe",
  "compress",
  "durable reads",
  "same origin",
  "body limit",
  "session",
] as const;

export type Rung = (typeof LADDER)[number];
