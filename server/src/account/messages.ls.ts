import type { AccountMessages } from "./messages.types.ts";

export const accountLs: AccountMessages = {
  cowritingNote:
    "Bei einer Idee können mehrere Menschen zusammen am Text schreiben. " +
    "Quer speichert den Text als 1 gemeinsamen Text. " +
    "Quer merkt sich nicht, wer welches Wort geschrieben hat. " +
    "Darum können wir deinen Teil vom Text nicht heraus-suchen. " +
    "Hier steht: Bei diesen Ideen hast du mitgeschrieben. " +
    "Den ganzen Text findest du auf der Seite von der Idee. " +
    "Bei manchen Themen dürfen alle mitschreiben. " +
    "Bei diesen Themen merkt sich Quer nicht, wer bei welcher Idee mitgeschrieben hat.",
  deletedAccount: "Gelöschtes Konto",
  exportFileName: "quer-meine-daten",
};
