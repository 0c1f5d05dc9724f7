import type { CommentsMessages } from "./messages.types.ts";

/** Turkish messages of the comments feature, typed against the German ones. */
export const commentsTr: CommentsMessages = {
  "comments.heading": "Yorumlar",
  "comments.empty": "Henüz yorum yok. İlk yorumu sen yaz!",
  "comments.loadError": "Yorumlar yüklenemedi.",
  "comments.by": "Yorum yazan: {name}",
  "comments.repliesTo": "Cevaplar – yorum yazan: {name}",
  "comments.field": "Yorumun",
  "comments.submit": "Yorum yap",
  "comments.reply": "Cevap ver",
  "comments.replyTo": "cevap verilen: {name}",
  "comments.replyField": "Cevabın – cevap verilen: {name}",
  "comments.replySubmit": "Cevabı gönder",
  "comments.sent": "Yorumun yayınlandı.",
  "comments.signIn": "Yorum yapmak için giriş yap",
  "comments.locked": "Bu fikir yorumlara kapalı.",
  "comments.forbidden": "Şu anda burada yorum yapamazsın. Örneğin yorumlar kapalı olabilir.",
  "comments.newComment": "{name} yeni bir yorum yazdı: {text}",
  "comments.newReply": "{name} yeni bir cevap yazdı: {text}",
};
