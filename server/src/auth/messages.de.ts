import type { PasswordMessages } from "./messages.types.ts";

export const passwordDe: PasswordMessages = {
  mail: {
    subject: "Neues Passwort für Quer",
    text: (link) =>
      [
        "Hallo,",
        "",
        "jemand – hoffentlich du – möchte für dein Konto bei Quer ein neues Passwort festlegen.",
        "Mit diesem Link kannst du das tun:",
        "",
        link,
        "",
        "Der Link gilt eine Stunde lang und nur ein Mal.",
        "",
        "Wenn du das nicht warst, ignoriere diese Mail einfach – dein Passwort bleibt, wie es ist.",
      ].join("\n"),
  },
  tokenInvalid:
    "Dieser Link gilt nicht mehr: Er wurde schon benutzt, ist älter als eine Stunde oder unvollständig. Fordere einfach einen neuen an.",
  tooManyRequests: "Von hier wurden gerade viele Mails angefordert. Bitte versuche es später noch einmal.",
  tooManyForAddress:
    "Für diese Adresse wurden gerade schon Mails verschickt. Schau bitte in dein Postfach (auch in den Spam-Ordner) oder versuche es später noch einmal.",
  tooManyTokens: "Zu viele ungültige Links von hier. Bitte versuche es später noch einmal.",
  wrongCurrent: "Das bisherige Passwort stimmt nicht.",
  tooManyChanges: "Zu viele falsche Versuche. Bitte warte einige Minuten.",
  noPassword: "Gäste haben kein Passwort.",
};
