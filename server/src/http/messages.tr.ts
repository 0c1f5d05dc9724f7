import type { HttpMessages } from "./messages.types.ts";

export const httpTr: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Quer'i şu adreste aç: ${publicUrl} – bu adreste giriş yapamaz, bir şey değiştiremezsin.`,
  foreignRequest: "Başka bir kaynaktan gelen istek reddedildi (Origin uyuşmuyor).",
  pageDescription: "Quer – mahallendeki fikirleri ve sorunları paylaş, birlikte destekle.",
};
