import type { PasswordMessages } from "./messages.types.ts";

export const passwordLs: PasswordMessages = {
  mail: {
    subject: "Neues Pass-Wort für Quer",
    text: (link) =>
      [
        "Hallo,",
        "",
        "jemand möchte ein neues Pass-Wort für dein Konto bei Quer machen.",
        "Wir hoffen: Das bist du.",
        "Mit diesem Link machst du ein neues Pass-Wort:",
        "",
        link,
        "",
        "Der Link geht 1 Stunde lang.",
        "Du kannst den Link nur 1 Mal benutzen.",
        "",
        "Du warst das nicht?",
        "Dann musst du nichts tun.",
        "Dein Pass-Wort bleibt dann gleich.",
      ].join("\n"),
  },
  tokenInvalid:
    "Dieser Link geht nicht mehr. Vielleicht hast du ihn schon benutzt. Oder der Link ist älter als 1 Stunde. Oder ein Teil vom Link fehlt. Hol dir einfach einen neuen Link.",
  tooManyRequests: "Von hier kamen gerade viele Anfragen für E-Mails. Bitte versuch es später noch einmal.",
  tooManyForAddress:
    "Wir haben gerade schon E-Mails an diese Adresse geschickt. Bitte schau in deine E-Mails. Schau auch im Ordner für Werbung nach. Oder versuch es später noch einmal.",
  tooManyTokens: "Von hier kamen zu viele falsche Links. Bitte versuch es später noch einmal.",
  wrongCurrent: "Das alte Pass-Wort ist falsch.",
  tooManyChanges: "Das waren zu viele falsche Versuche. Bitte warte ein paar Minuten.",
  noPassword: "Gäste haben kein Pass-Wort.",
};
