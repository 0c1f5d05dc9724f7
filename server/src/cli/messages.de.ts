import type { CliMessages } from "./messages.types.ts";

export const cliDe: CliMessages = {
  created: (name, email) => `Konto der Quartiersmanagerin angelegt: ${name} <${email}>.`,
  promoted: (name, email, n) =>
    `Das bestehende Konto ${email} ist jetzt das der Quartiersmanagerin (${name}); ` +
    `Name und Passwort sind neu gesetzt, ${n === 1 ? "1 Anmeldung" : `${n} Anmeldungen`} beendet.`,
  database: (file) => `Datenbank: ${file}`,
  dataDir: (dir, fromEnv) =>
    fromEnv
      ? `DATA_DIR: ${dir}`
      : `DATA_DIR: ${dir} (Standard, weil DATA_DIR nicht gesetzt ist – der Server muss denselben Ordner benutzen)`,
  freshDatabase:
    "Achtung: In diesem Ordner lag noch keine Datenbank, sie wurde eben angelegt. Läuft dein Server " +
    "mit einem anderen DATA_DIR, kennt er dieses Konto nicht: wiederhole den Befehl dann mit " +
    "DATA_DIR=<Ordner des Servers> davor.",
  signIn: (url, email) => `Anmelden: ${url} mit ${email} und dem angegebenen Passwort.`,
  firstRun: (publicUrl, command) =>
    "Erster Start: ein Willkommens-Thema wurde angelegt. " +
    `Lege jetzt das Konto der Quartiersmanagerin an, bevor du ${publicUrl} weitergibst: ${command} – ` +
    "sonst kann jemand anderes die E-Mail-Adresse des Büros zuerst registrieren und hat dann dieses Konto.",
  invalidInput: (lines) => `Bitte prüfen:\n${lines}`,
  accountExists: (email, managers) =>
    `Für ${email} gibt es schon ${managers ? "ein Konto der Quartiersmanagerin" : "ein Konto"}. Es wurde nichts geändert.\n` +
    "Wenn dieses Konto der Quartiersmanagerin gehören soll, wiederhole den Befehl mit --promote:\n" +
    "dann wird es zum Konto der Quartiersmanagerin, Name und Passwort werden die angegebenen,\n" +
    "und alle seine Anmeldungen enden. Wer sich mit dieser Adresse registriert hat, ist damit\n" +
    "abgemeldet und kommt mit dem alten Passwort nicht mehr hinein.",
};
