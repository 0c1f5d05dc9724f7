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
  usage: `Aufruf:
  pnpm quer create-manager --email E --name N --password P [--promote]
      legt das Konto der Quartiersmanagerin an und gibt seine Id aus. Gibt es für die
      Adresse schon ein Konto, ändert es nichts – außer mit --promote: dann wird dieses
      Konto das der Quartiersmanagerin, mit Name und Passwort wie angegeben, und alle
      seine Anmeldungen enden.
  pnpm quer backup DATEI
      schreibt eine konsistente Sicherung der Datenbank, auch während der Server läuft
  pnpm quer restore DATEI
      spielt eine Sicherung ein, bei angehaltenem Server; die bisherige Datenbank bleibt
      als quer.sqlite.before-restore-<Zeit> erhalten`,
  noDatabase: (dir) => `Keine Datenbank in ${dir}.`,
  backupWritten: (file) => `Sicherung geschrieben: ${file}`,
  restored: (file) => `Sicherung geprüft und eingespielt: ${file}`,
  restoredPrevious: (previous) =>
    `Die bisherige Datenbank liegt unter ${previous}.
` + `Rückgängig machen: Server anhalten, dann pnpm quer restore ${previous}`,
  restore: {
    missing: (file) => `Die Datei ${file} gibt es nicht.`,
    openWal: (file) =>
      `Neben ${file} liegt ein WAL (${file}-wal): die Datei ist eine geöffnete oder nicht sauber ` +
      "geschlossene Datenbank, keine Sicherung. Eine Sicherung schreibt pnpm quer backup DATEI.",
    refused: (file, problem) => `Die Sicherung ${file} wird nicht eingespielt: ${problem}`,
    running:
      "Die Datenbank ist geöffnet – läuft der Server noch (oder eine Sicherung)? " +
      "Erst den Server anhalten, dann einspielen. Es wurde nichts geändert.",
    cannotOpen: (file, error) => `Die Datenbank ${file} lässt sich nicht öffnen: ${error}`,
    cannotClose: (file, error) => `Die Datenbank ${file} lässt sich nicht schließen: ${error}`,
    integrity: (report) => `die Prüfung der Datei (integrity_check) meldet: ${report}`,
    notQuer: (tables) => `sie ist keine Datenbank von Quer (es fehlen die Tabellen ${tables}).`,
    noMigrations: "sie ist keine Datenbank von Quer (keine Migrationen).",
    newer: "sie stammt von einer neueren Version von Quer; erst Quer aktualisieren, dann einspielen.",
    notSqlite: (error) => `sie lässt sich nicht als SQLite-Datenbank lesen (${error}).`,
  },
};
