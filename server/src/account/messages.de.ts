import type { AccountMessages } from "./messages.types.ts";

export const accountDe: AccountMessages = {
  cowritingNote:
    "Den Text einer Idee schreiben die Autorin oder der Autor und alle Mitschreibenden gemeinsam. " +
    "Quer speichert ihn als ein gemeinsames Dokument und hält nicht fest, wer welches Wort geschrieben hat. " +
    "Deinen Anteil am Text dieser Ideen können wir deshalb nicht von dem der anderen trennen: " +
    "Hier steht, welche Ideen du mitgeschrieben hast; ihren ganzen Text findest du auf der Seite der Idee. " +
    "Bei Themen, in denen alle mitschreiben dürfen, ist nicht festgehalten, wer an welcher Idee mitgeschrieben hat.",
  deletedAccount: "Gelöschtes Konto",
  exportFileName: "quer-meine-daten",
};
