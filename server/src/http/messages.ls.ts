import type { HttpMessages } from "./messages.types.ts";

export const httpLs: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Öffne Quer unter ${publicUrl}. Hier kannst du dich nicht anmelden und nichts ändern.`,
  foreignRequest: "Quer nimmt diese Anfrage nicht an. Sie kommt von einer fremden Internet-Seite.",
};
