import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncTr: SyncMessages = {
  noEndpoint: "Burada canlı bağlantı yok.",
  wrongOrigin: (publicUrl) => `Quer'i şu adreste aç: ${publicUrl} – bu adreste canlı bağlantı çalışmaz.`,
  unknownDocument: "Bu içerik yok.",
  serverFull: "Sunucu şu anda dolu. Lütfen birazdan tekrar dene.",
  tooManySockets: "Çok fazla açık bağlantı var. Lütfen diğer pencereleri kapat.",
  noAccess: "Bu içeriğe erişimin yok.",
  signIn: "Lütfen giriş yap.",
  invalid: "Geçersiz istek.",
};
