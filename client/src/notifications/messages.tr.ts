import type { NotificationsMessages } from "./messages.types.ts";

/** Turkish messages of the notifications feature, typed against the German ones. */
export const notificationsTr: NotificationsMessages = {
  "notifications.title": "Bildirimler",
  "notifications.signIn": "Fikirlerine ne olduğunu görmek için giriş yap.",
  "notifications.list": "Fikirlerine ne oldu",
  "notifications.empty": "Henüz bildirim yok.",
  "notifications.emptyNext":
    "Biri gönderine cevap verince ya da mahalle ofisi bir karar verince burada görürsün.",
  "notifications.markAll": "Hepsini okundu olarak işaretle",
  "notifications.allRead": "Tüm bildirimler okundu.",
  "notifications.new": "Yeni",
  "notifications.statusChanged": "Yeni durum: {status}",
  "notifications.becameProject": "Güzel haber: Bu fikir bir proje oluyor!",
  "notifications.toProject": "Projeye git",
  "notifications.approved": "Gönderin incelendi. Artık herkes görebilir.",
  "notifications.email.heading": "E-postalar",
  "notifications.email.legend": "E-posta ile bildirim",
  "notifications.email.off": "E-posta yok",
  "notifications.email.immediate": "Her değişiklikte hemen",
  "notifications.email.daily": "Günde bir kez, toplu olarak",
  "notifications.email.submit": "Ayarı kaydet",
  "notifications.email.saved": "Ayar kaydedildi.",
  "notifications.email.noAddress": "Hesabında kayıtlı bir e-posta adresi yok.",
  "notifications.unsubscribe.title": "E-postalardan çık",
  "notifications.unsubscribe.done": "Tamam: Artık Quer'den e-posta almayacaksın.",
  "notifications.unsubscribe.invalid": "Bu abonelikten çıkma bağlantısı geçersiz ya da zaten kullanıldı.",
  "notifications.unsubscribe.settings": "Bildirim ayarlarına git",
};
