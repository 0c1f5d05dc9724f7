import type { PasswordMessages } from "./messages.types.ts";

export const passwordTr: PasswordMessages = {
  mail: {
    subject: "Quer için yeni şifre",
    text: (link) =>
      [
        "Merhaba,",
        "",
        "biri – umarız sen – Quer hesabın için yeni bir şifre belirlemek istiyor.",
        "Bunu şu bağlantıyla yapabilirsin:",
        "",
        link,
        "",
        "Bağlantı bir saat geçerli ve sadece bir kez kullanılabilir.",
        "",
        "Bunu sen istemediysen bu e-postayı dikkate alma – şifren olduğu gibi kalır.",
      ].join("\n"),
  },
  tokenInvalid:
    "Bu bağlantı artık geçerli değil: Ya daha önce kullanıldı, ya bir saatten eski ya da eksik. Yeni bir bağlantı istemen yeterli.",
  tooManyRequests: "Buradan az önce çok fazla e-posta istendi. Lütfen daha sonra tekrar dene.",
  tooManyForAddress:
    "Bu adrese az önce zaten e-posta gönderildi. Lütfen gelen kutuna (istenmeyen klasörüne de) bak ya da daha sonra tekrar dene.",
  tooManyTokens: "Buradan çok fazla geçersiz bağlantı geldi. Lütfen daha sonra tekrar dene.",
  wrongCurrent: "Şu anki şifre yanlış.",
  tooManyChanges: "Çok fazla yanlış deneme. Lütfen birkaç dakika bekle.",
  noPassword: "Misafirlerin şifresi yok.",
};
