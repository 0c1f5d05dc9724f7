import type { IssueMessages } from "./issue-messages.types.ts";

export const issuesDe: IssueMessages = {
  nothingToChange: "Nichts zu ändern.",
  writeSomething: "Bitte etwas schreiben.",
  nameRequired: "Bitte einen Namen angeben.",
  nameTooLong: ({ max }) => `Der Name darf höchstens ${max} Zeichen haben.`,
  emailTooLong: "Die E-Mail-Adresse ist zu lang.",
  emailInvalid: "Bitte eine gültige E-Mail-Adresse angeben.",
  passwordTooShort: ({ min }) => `Das Passwort braucht mindestens ${min} Zeichen.`,
  passwordTooLong: ({ max }) => `Das Passwort darf höchstens ${max} Zeichen haben.`,
  passwordRequired: "Bitte das Passwort angeben.",
  linkIncomplete: "Der Link ist unvollständig.",
  linkInvalid: "Der Link ist ungültig.",
  currentPasswordRequired: "Bitte das bisherige Passwort angeben.",
  officeRequired: "Bitte die zuständige Stelle nennen.",
  fullLinkRequired:
    "Bitte eine vollständige Adresse angeben, die mit https://, http://, mailto: oder tel: beginnt.",
  declineNeedsReason: "Eine Ablehnung braucht eine Begründung.",
  forwardNeedsOffice: "Bitte angeben, an wen weitergeleitet wurde (mindestens die Stelle).",
  reasonRequired: "Bitte einen Grund angeben.",
  tooManyCategories: ({ max }) => `Höchstens ${max} Kategorien.`,
  categoriesOnce: "Jede Kategorie nur einmal.",
  titleRequired: "Bitte einen Titel angeben.",
  titleTooShort: ({ min }) => `Der Titel braucht mindestens ${min} Zeichen.`,
  tooLong: ({ max }) => `Höchstens ${max} Zeichen.`,
  commentRequired: "Bitte einen Kommentar schreiben.",
  codeRequired: "Bitte den Code eingeben.",
};
