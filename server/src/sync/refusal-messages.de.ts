import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncDe: SyncMessages = {
  noEndpoint: "Hier gibt es keine Live-Verbindung.",
  wrongOrigin: (publicUrl) =>
    `Öffne Quer unter ${publicUrl} – unter dieser Adresse geht die Live-Verbindung nicht.`,
  unknownDocument: "Diesen Inhalt gibt es nicht.",
  serverFull: "Der Server ist gerade voll. Bitte versuche es gleich noch einmal.",
  tooManySockets: "Zu viele offene Verbindungen. Bitte schließe andere Fenster.",
  noAccess: "Du hast keinen Zugriff auf diesen Inhalt.",
  signIn: "Bitte melde dich an.",
  invalid: "Ungültige Anfrage.",
};
