import type { PasswordMessages } from "./messages.types.ts";

/** Turkish messages of the password feature, typed against the German ones. */
export const passwordTr: PasswordMessages = {
  "password.forgot.link": "Şifreni mi unuttun?",
  "password.forgot.title": "Şifremi unuttum",
  "password.forgot.intro":
    "Sorun değil. Hesabının e-posta adresini yaz. Sana bir bağlantı göndeririz. Bu bağlantıyla yeni bir şifre belirlersin.",
  "password.forgot.submit": "Bağlantı gönder",
  "password.forgot.sentHeading": "Gelen kutuna bak",
  "password.forgot.sent":
    "Bu adresle bir hesap varsa birazdan bir e-posta gelecek: {email}. İçindeki bağlantı bir saat geçerli.",
  "password.forgot.spam":
    "E-posta gelmedi mi? İstenmeyen (spam) klasörüne de bak ya da birkaç dakika sonra yeni bir bağlantı iste.",
  "password.forgot.again": "Başka bir adres yaz",
  "password.reset.title": "Yeni şifre belirle",
  "password.reset.intro": "Hesabın için yeni bir şifre seç.",
  "password.reset.submit": "Şifreyi kaydet",
  "password.reset.doneHeading": "Tamam: yeni şifren geçerli",
  "password.reset.done": "Güvenliğin için tüm cihazlarda oturumun kapandı. Yeni şifrenle tekrar giriş yap.",
  "password.reset.login": "Girişe git",
  "password.reset.invalid":
    "Bu bağlantı artık geçerli değil: Ya daha önce kullanıldı ya da bir saatten eski. Yeni bir bağlantı istemen yeterli.",
  "password.reset.newLink": "Yeni bağlantı iste",
  "password.new": "Yeni şifre",
  "password.show": "Şifreyi göster",
  "password.change.heading": "Şifreyi değiştir",
  "password.change.text": "Sonra diğer cihazlarında oturumun kapanır. Burada açık kalır.",
  "password.change.current": "Şu anki şifre",
  "password.change.submit": "Şifreyi değiştir",
  "password.change.wrong": "Şu anki şifre yanlış.",
  "password.change.done": "Şifren değişti. Diğer cihazlarında oturumun artık kapalı.",
};
