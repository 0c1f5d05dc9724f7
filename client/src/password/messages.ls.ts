import type { PasswordMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the password feature, typed against the German ones. */
export const passwordLs: PasswordMessages = {
  "password.forgot.link": "Pass-Wort vergessen?",
  "password.forgot.title": "Pass-Wort vergessen",
  "password.forgot.intro":
    "Das ist kein Problem. Schreib hier die E-Mail-Adresse von deinem Konto hin. Wir schicken dir einen Link. Mit dem Link machst du ein neues Pass-Wort.",
  "password.forgot.submit": "Link schicken",
  "password.forgot.sentHeading": "Schau in deine E-Mails",
  "password.forgot.sent":
    "Gibt es ein Konto mit der Adresse {email}? Dann bekommst du gleich eine E-Mail mit einem Link. Der Link geht 1 Stunde lang.",
  "password.forgot.spam":
    "Die E-Mail ist nicht da? Schau auch im Ordner für Werbung nach. Der Ordner heißt oft Spam. Oder hol dir in ein paar Minuten einen neuen Link.",
  "password.forgot.again": "Andere Adresse eingeben",
  "password.reset.title": "Neues Pass-Wort machen",
  "password.reset.intro": "Denk dir ein neues Pass-Wort für dein Konto aus.",
  "password.reset.submit": "Pass-Wort speichern",
  "password.reset.doneHeading": "Geschafft: Dein neues Pass-Wort gilt jetzt",
  "password.reset.done":
    "Du bist jetzt auf allen Geräten abgemeldet. Das ist sicherer. Melde dich mit dem neuen Pass-Wort wieder an.",
  "password.reset.login": "Zum Anmelden",
  "password.reset.invalid":
    "Dieser Link geht nicht mehr. Vielleicht hast du ihn schon benutzt. Oder der Link ist älter als 1 Stunde. Hol dir einfach einen neuen Link.",
  "password.reset.newLink": "Neuen Link holen",
  "password.new": "Neues Pass-Wort",
  "password.show": "Pass-Wort zeigen",
  "password.change.heading": "Pass-Wort ändern",
  "password.change.text": "Danach bist du auf deinen anderen Geräten abgemeldet. Hier bleibst du angemeldet.",
  "password.change.current": "Dein altes Pass-Wort",
  "password.change.submit": "Pass-Wort ändern",
  "password.change.wrong": "Das alte Pass-Wort ist falsch.",
  "password.change.done": "Dein Pass-Wort ist geändert. Auf deinen anderen Geräten bist du jetzt abgemeldet.",
};
