import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncLs: SyncMessages = {
  noEndpoint: "Hier gibt es keine Verbindung für Neuigkeiten.",
  wrongOrigin: (publicUrl) => `Öffne Quer unter ${publicUrl}. Hier bekommst du keine Neuigkeiten.`,
  unknownDocument: "Das gibt es hier nicht.",
  serverFull: "Quer hat gerade zu viel zu tun. Bitte versuch es gleich noch einmal.",
  tooManySockets: "Du hast zu viele Fenster mit Quer offen. Bitte mach ein paar Fenster zu.",
  noAccess: "Das darfst du leider nicht sehen.",
  signIn: "Bitte melde dich an.",
  invalid: "Quer versteht diese Anfrage nicht.",
};
