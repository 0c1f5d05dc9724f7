import type { FeedbackMessages } from "./messages.types.ts";

export const feedbackTr: FeedbackMessages = {
  rateLimited: "Bize az önce birkaç mesaj gönderdin. Lütfen biraz bekle.",
  subject: "Erişilebilirlikle ilgili yeni geri bildirim",
  intro: "“Erişilebilirlik beyanı” sayfasındaki formdan bu mesaj geldi:",
  page: (url) => `İlgili sayfa: ${url}`,
  replyTo: (address) => `Cevap şu adrese istendi: ${address}`,
  noReply: "Cevap adresi olmadan gönderildi.",
  from: (name) => `Gönderen: ${name} (giriş yapmış)`,
  anonymous: "Giriş yapmadan gönderildi.",
  inbox: (url) => `Bildirimlerinde de var: ${url}/notifications`,
  why: "Bu mesajı alıyorsun, çünkü mahalle ofisi için Quer'i sen yönetiyorsun. Ofis, erişilebilirlikle ilgili geri bildirimlere bir ay içinde cevap verir.",
};
