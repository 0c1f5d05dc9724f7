import type { NoticeMessages } from "./messages.types.ts";

export const noticesTr: NoticeMessages = {
  status: {
    new: "Yeni",
    reviewing: "İnceleniyor",
    accepted: "Kabul edildi",
    project: "Proje oluyor",
    done: "Hayata geçirildi",
    declined: "Reddedildi",
    forwarded: "Yönlendirildi",
  },
  greeting: "Merhaba,",
  newStatus: (title, status) => `“${title}” – yeni durum: ${status}`,
  reason: (reason) => `Gerekçe: ${reason}`,
  contact: {
    office: (name) => `Sorumlu yer: ${name}`,
    person: (name) => `İlgili kişi: ${name}`,
    email: (address) => `E-posta: ${address}`,
    phone: (number) => `Telefon: ${number}`,
    url: (address) => `İnternet: ${address}`,
  },
  toIdea: (url) => `Fikre git: ${url}`,
  statusSubject: (title, status) => `“${title}” hakkında yenilik: ${status}`,
  project: {
    headline: (title) => `“${title}” bir proje oluyor!`,
    invitation: "Projenin bir ekibi, bir planı ve haberleri var. İstersen sen de katıl.",
    link: (url) => `Projeye git: ${url}`,
    subject: (title) => `Güzel haber: “${title}” bir proje oluyor`,
  },
  approved: {
    headline: (title) => `“${title}” incelendi ve artık herkes görebiliyor.`,
    next: "Mahalle ofisi her gönderiye cevap verir. Bir gelişme olunca sana haber veririz.",
    subject: (title) => `Gönderin yayınlandı: “${title}”`,
  },
  digest: {
    subjectOne: (title) => `“${title}” hakkında yenilikler`,
    subjectMany: (_count, shown) => `Mahallenden ${shown} fikir hakkında yenilikler`,
    intro: (date) => `Katıldığın fikirlerde ${date} günü olanlar şunlar:`,
  },
  footer: {
    why: "Bu mesajı alıyorsun, çünkü bu fikri yazdın, birlikte yazdın, destekledin ya da yorum yaptın.",
    stop: (url) => `Artık e-posta almamak için: ${url}`,
  },
};
