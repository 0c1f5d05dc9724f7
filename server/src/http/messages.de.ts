import type { HttpMessages } from "./messages.types.ts";

export const httpDe: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Öffne Quer unter ${publicUrl} – unter dieser Adresse gehen Anmelden und Ändern nicht.`,
  foreignRequest: "Anfrage von fremder Herkunft abgelehnt (Origin passt nicht).",
  pageDescription: "Quer – Ideen und Probleme aus dem Quartier teilen und gemeinsam abstimmen.",
};
