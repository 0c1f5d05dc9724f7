import type { HttpMessages } from "./messages.types.ts";

export const httpLs: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Öffne Quer unter ${publicUrl}. Hier kannst du dich nicht anmelden und nichts ändern.`,
  foreignRequest: "Quer nimmt diese Anfrage nicht an. Sie kommt von einer fremden Internet-Seite.",
  pageDescription:
    "Quer: Hier zeigst du Ideen und Probleme aus deinem Viertel. Und du stimmst mit anderen ab.",
};
