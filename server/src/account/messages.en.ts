import type { AccountMessages } from "./messages.types.ts";

export const accountEn: AccountMessages = {
  cowritingNote:
    "The text of an idea is written by its author and all co-writers together. " +
    "Quer stores it as one shared document and does not record who wrote which word. " +
    "So we cannot separate your share of these ideas' text from that of the others: " +
    "here you see which ideas you co-wrote; you find their whole text on the idea's page. " +
    "On topics where everyone may co-write, it is not recorded who co-wrote which idea.",
  deletedAccount: "Deleted account",
  exportFileName: "quer-my-data",
};
