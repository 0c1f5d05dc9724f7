/** German messages of the password feature; merged into the catalogue in i18n/de.ts. */
export const passwordDe = {
  "password.forgot.link": "Passwort vergessen?",
  "password.forgot.title": "Passwort vergessen",
  "password.forgot.intro":
    "Kein Problem. Gib die E-Mail-Adresse deines Kontos ein. Wir schicken dir einen Link, mit dem du ein neues Passwort festlegst.",
  "password.forgot.submit": "Link schicken",
  "password.forgot.sentHeading": "Schau in dein Postfach",
  "password.forgot.sent":
    "Wenn es ein Konto mit der Adresse {email} gibt, kommt gleich eine Mail mit einem Link. Der Link gilt eine Stunde lang.",
  "password.forgot.spam":
    "Keine Mail da? Schau auch im Spam-Ordner nach, oder fordere in ein paar Minuten einen neuen Link an.",
  "password.forgot.again": "Andere Adresse eingeben",
  "password.reset.title": "Neues Passwort festlegen",
  "password.reset.intro": "Wähle ein neues Passwort für dein Konto.",
  "password.reset.submit": "Passwort speichern",
  "password.reset.doneHeading": "Geschafft: dein neues Passwort gilt",
  "password.reset.done":
    "Zur Sicherheit bist du jetzt auf allen Geräten abgemeldet. Melde dich mit dem neuen Passwort wieder an.",
  "password.reset.login": "Zur Anmeldung",
  "password.reset.invalid":
    "Dieser Link gilt nicht mehr: Er wurde schon benutzt oder ist älter als eine Stunde. Fordere einfach einen neuen an.",
  "password.reset.newLink": "Neuen Link anfordern",
  "password.new": "Neues Passwort",
  "password.show": "Passwort zeigen",
  "password.change.heading": "Passwort ändern",
  "password.change.text": "Danach bist du auf deinen anderen Geräten abgemeldet; hier bleibst du angemeldet.",
  "password.change.current": "Bisheriges Passwort",
  "password.change.submit": "Passwort ändern",
  "password.change.wrong": "Das bisherige Passwort stimmt nicht.",
  "password.change.done": "Dein Passwort ist geändert. Auf deinen anderen Geräten bist du jetzt abgemeldet.",
} as const;
