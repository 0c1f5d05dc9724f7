import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/tr.ts). */
export const exportsTr: ExportMessages = {
  header: {
    id: "ID",
    title: "Başlık",
    kind: "Tür",
    category: "Kategori",
    status: "Durum",
    statusReason: "Gerekçe",
    votes: "Oy",
    comments: "Yorum",
    createdAt: "Oluşturulma tarihi",
    author: "Yazan",
    coauthors: "Birlikte yazanlar",
    contactOffice: "Yönlendirildiği yer",
    contactPerson: "İlgili kişi",
    contactEmail: "E-posta",
    contactPhone: "Telefon",
    contactUrl: "İnternet sitesi",
  },
  kind: { idea: "Fikir", problem: "Sorun" },
  status: {
    new: "Yeni",
    reviewing: "İnceleniyor",
    accepted: "Kabul edildi",
    project: "Proje",
    done: "Hayata geçirildi",
    declined: "Reddedildi",
    forwarded: "Yönlendirildi",
  },
  nameSeparator: ", ",
  // Day first, with dots: the way dates are written in Turkey.
  dateTime: (p) => `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "tablo", contract: "ham-veri", json: "veri" },
  fileFallback: "konu",
  forbidden: "Dışa aktarmaları mahalle yöneticisi yapar.",
  notFound: "Böyle bir konu yok.",
};
