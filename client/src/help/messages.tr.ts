import type { HelpMessages } from "./messages.types.ts";

/** Turkish messages of the accessibility statement, its feedback form and the help page. */
export const helpTr: HelpMessages = {
  "a11y.title": "Erişilebilirlik beyanı",
  "a11y.intro":
    "{office}, herkesin Quer'i rahatça kullanabilmesini istiyor. Bu beyan şu adresteki Quer için geçerli: {site}",
  "a11y.standard.heading": "Hangi kurallar geçerli",
  "a11y.standard.text":
    "Quer, Almanya'nın erişilebilir bilgi teknolojisi yönetmeliğine (BITV 2.0) göre erişilebilir olmalı. Bu yönetmelik Avrupa standardı EN 301 549'a dayanır. Bu standart da Web Content Accessibility Guidelines (WCAG) 2.1, AA seviyesini ister.",
  "a11y.status.heading": "Quer ne kadar erişilebilir",
  "a11y.status.text":
    "Quer kısmen erişilebilir. Kuralların çoğu karşılanıyor. Şu bölümler henüz erişilebilir değil:",
  "a11y.limit.signLanguage":
    "Henüz Alman İşaret Dili ile açıklama yok. “Nasıl çalışır?” yardımı sadece resimli metin olarak var.",
  "a11y.limit.languages":
    "Kolay Almanca metinleri henüz bir test grubu okumadı. Türkçe, Arapça, Ukraynaca ve Rusça çevirileri henüz anadili bu diller olan kişiler kontrol etmedi.",
  "a11y.limit.contributions":
    "Fikirleri, yorumları ve açıklamaları insanlar kendileri yazar. Bunlar çevrilmez ve Kolay Almancaya aktarılmaz.",
  "a11y.limit.cowriting":
    "Birkaç kişi aynı anda bir metin yazınca, ekran okuyucu diğerlerinin değişikliklerini tek tek okumaz.",
  "a11y.limit.pictures":
    "Yardım sayfasındaki resimler Quer'in Almanca hâlini gösterir, başka bir dil seçmiş olsan da.",
  "a11y.limit.timer":
    "Canlı atölyede atölyeyi yöneten kişi bir adım için süre koyabilir. Süreyi sadece o uzatabilir. Daha fazla zamana ihtiyacın olursa ona söyle.",
  "a11y.made.heading": "Bu beyan nasıl hazırlandı",
  "a11y.made.text":
    "Bu beyan şu tarihte hazırlandı: {date}. En son şu tarihte kontrol edildi: {checked}. Temeli bir öz değerlendirme: Otomatik testler sayfaları ve en önemli durumlarını tarayıcıda axe-core ile kontrol eder. Başka testler en önemli işleri sadece klavyeyle yapar.",
  "a11y.feedback.heading": "Engelleri bildir: geri bildirim ve iletişim",
  "a11y.feedback.text":
    "Rahat kullanamadığın bir şey mi fark ettin? Ya da bir bilgiye başka bir biçimde mi ihtiyacın var? Bu formla {office} adresine yaz. E-posta adresini yazarsan sana bir ay içinde cevap veririz.",
  "a11y.enforcement.heading": "Arabuluculuk",
  "a11y.enforcement.text":
    "Geri bildirimine cevap gelmedi mi, ya da cevaptan memnun değil misin? O zaman Baden-Württemberg eyaletinin engelli hakları temsilcisine bağlı erişilebilir bilgi teknolojisi ombudsmanlığına (Ombudsstelle für barrierefreie Informationstechnik) başvurabilirsin. Bu ofis, {office} ile bir çözüm bulmana yardım eder.",
  "a11y.toHelp": "Quer'in nasıl çalıştığı “Nasıl çalışır?” sayfasında yazıyor.",

  "feedback.heading": "Geri bildirim yaz",
  "feedback.message": "Mesajın",
  "feedback.messageHint": "Ne olmadı? Nerede oldu? En fazla {max} karakter.",
  "feedback.page": "Hangi sayfayla ilgili? (isteğe bağlı)",
  "feedback.pageHint": "Adresin, sitenin adından sonraki kısmı, örneğin /hilfe.",
  "feedback.replyTo": "Cevap için e-posta adresin (isteğe bağlı)",
  "feedback.replyToHint": "Adres olmadan sana cevap veremeyiz.",
  "feedback.submit": "Mesajı gönder",
  "feedback.sent": "Teşekkürler! Mesajın mahalle ofisine ulaştı.",
  "feedback.sentReply": "Sana şu adrese cevap vereceğiz: {email}",
  "feedback.another": "Bir mesaj daha yaz",
  "feedback.pageFormat": "Lütfen adresin sadece ilk eğik çizgiden sonraki kısmını yaz, örneğin /hilfe.",

  "help.title": "Nasıl çalışır?",
  "help.intro":
    "Burada Quer'e nasıl katılacağın adım adım yazıyor. Resimler sayfaları telefonda göründükleri gibi gösterir.",
  "help.residents.heading": "Mahallede katıl",
  "help.guests.heading": "Atölyede katıl",
  "help.guests.intro": "Atölyede hesaba ihtiyacın yok. Sadece atölyeyi yöneten kişinin gösterdiği kod yeter.",
  "help.picturesNote": "Resimler Quer'i Almanca gösterir.",
  "help.signup.heading": "Hesap oluştur",
  "help.signup.text":
    "Yukarıda “Kaydol”a dokun. Telefonda bu “Menü” içinde. Adını, e-posta adresini ve bir şifre yaz. Adın sonra fikirlerinin yanında görünür.",
  "help.signup.alt": "Ad, e-posta adresi ve şifre alanlarıyla “Hesap oluştur” sayfası.",
  "help.post.heading": "Fikir paylaş",
  "help.post.text":
    "Bir konu aç. “Fikir paylaş”a dokun. “Başlık” alanına fikrini birkaç kelimeyle yaz. “Açıklama” alanında daha fazlasını anlatabilirsin. Sonra “Yayınla”ya dokun.",
  "help.post.alt": "Başlık ve açıklamayla yeni bir fikir formu.",
  "help.vote.heading": "Bir fikri destekle",
  "help.vote.text":
    "Bir fikri beğendin mi? “Destekle”ye dokun. Sayı, fikri kaç kişinin iyi bulduğunu gösterir. Tekrar dokunursan oyunu geri alırsın.",
  "help.vote.alt": "“Destekle” düğmesi ve oy sayısıyla bir fikir.",
  "help.comment.heading": "Yorum yaz",
  "help.comment.text":
    "Her fikrin altında yorumlar var. Düşünceni ya da sorunu alana yaz. Sonra “Yorum yap”a dokun.",
  "help.comment.alt": "Bir fikrin altındaki yorum alanı.",
  "help.cowrite.heading": "Birlikte yaz",
  "help.cowrite.text":
    "Fikrini sonra da değiştirebilirsin. Başka insanları da birlikte yazmaya davet edebilirsin. O zaman aynı anda aynı metni yazarsınız.",
  "help.cowrite.alt": "Düzenlenecek metni ve birlikte yazan insanlarıyla kendi fikrin.",
  "help.follow.heading": "Fikrine ne olduğunu takip et",
  "help.follow.text":
    "Mahalle ofisi her fikre cevap verir. “Gönderilerim” sayfasında fikirlerinin ne durumda olduğunu görürsün. Her cevap “Bildirimler” içinde de yazar.",
  "help.follow.alt": "Bir fikir ve durumuyla “Gönderilerim” sayfası.",
  "help.join.heading": "Kodla katıl",
  "help.join.text":
    "Atölyeyi yöneten kişinin gösterdiği adresi aç ya da QR kodu tara. Kodu ve istersen adını yaz. Sonra “Katıl”a dokun.",
  "help.join.alt": "Kod ve ad alanlarıyla katılma sayfası.",
  "help.card.heading": "Kart yaz",
  "help.card.text":
    "Fikrini tek cümleyle alana yaz. Sonra “Fikri gönder”e dokun. Kartın hemen duvarda görünür.",
  "help.card.alt": "Atölyede yeni fikir alanıyla telefon ekranı.",
  "help.dots.heading": "Puanlarla oy ver",
  "help.dots.text":
    "Oylamada birkaç puanın var. Onları senin için en önemli fikirlere dağıt. Artı ile bir puan verirsin, eksi ile geri alırsın.",
  "help.dots.alt": "Puan dağıtmak için artı ve eksi düğmeleriyle atölyedeki fikirler.",
  "help.more":
    "Bir şey açık değil mi, ya da bir şey senin için çalışmıyor mu? Erişilebilirlik beyanındaki formla bize yaz.",
};
