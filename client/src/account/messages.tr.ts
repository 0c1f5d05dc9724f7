import type { AccountMessages } from "./messages.types.ts";

/** Turkish messages of the account feature, typed against the German ones. */
export const accountTr: AccountMessages = {
  "account.title": "Bilgilerim",
  "account.signIn": "Bilgilerini görmek için giriş yap.",
  "account.export.heading": "Senin hakkında kaydettiğimiz her şey",
  "account.export.text":
    "Bir dosya (JSON) indir. İçinde hesabın, fikirlerin, yorumların, oyların ve bildirimlerin var.",
  "account.export.download": "Bilgilerimi indir",
  "account.notices.heading": "Bildirimler",
  "account.notices.link": "Bildirimleri ve e-postaları ayarla",
  "account.delete.heading": "Hesabı sil",
  "account.delete.text": "Fikirlerin ve yorumların mahalle için kalır, ama adın olmadan. Oyların silinir.",
  "account.delete.start": "Hesabı sil …",
  "account.delete.confirmHeading": "Gerçekten silinsin mi?",
  "account.delete.confirmText": "Bu geri alınamaz. Her yerde oturumun kapanır.",
  "account.delete.confirm": "Evet, hesabımı kalıcı olarak sil",
  "account.deleted": "Hesabın silindi.",
  "account.myIdeas.heading": "Gönderilerin",
  "account.myIdeas.link": "Gönderilerim: onlara ne oldu",
  "myIdeas.title": "Gönderilerim",
  "myIdeas.intro":
    "Burada yazdığın ya da birlikte yazdığın her şeyi görürsün. Mahalle ofisinin bunlar hakkında ne dediğini de.",
  "myIdeas.signIn": "Gönderilerini görmek için giriş yap.",
  "myIdeas.loadError": "Gönderilerin yüklenemedi.",
  "myIdeas.empty": "Henüz bir şey yazmadın.",
  "myIdeas.toTopics": "Konulara git",
  "myIdeas.topic": "Konu:",
  "myIdeas.coauthor": "Birlikte yazıyorsun",
  "myIdeas.pending": "İnceleniyor – sonra herkes görecek",
  "myIdeas.noAnswerYet": "Henüz cevap yok. Mahalle ofisi her gönderiye cevap verir.",
  "myIdeas.answer": "Mahalle ofisinin cevabı: {status}",
};
