import type { AccountMessages } from "./messages.types.ts";

export const accountRu: AccountMessages = {
  cowritingNote:
    "The text of an idea is written together by its author and everyone who co-writes it. " +
    "Quer keeps it as one shared document and does not record who wrote which word. " +
    "So we cannot separate your part of these ideas' texts from the others': " +
    "here you see which ideas you co-wrote; their whole text is on each idea's page. " +
    "In topics where everyone may co-write, it is not recorded who co-wrote which idea.",
};
