import type { OfficeMessages } from "./messages.types.ts";

/** Turkish messages of the office's settings, typed against the German ones. */
export const officeTr: OfficeMessages = {
  "office.manageLink": "Ofis ve logo",
  "office.manageLinkText": "Ofisin adını ve logosunu değiştir",
  "office.title": "Ofis ve logo",
  "office.intro": "Ad ve logo her sayfanın en üstünde durur. Ad her dilde senin yazdığın gibi kalır.",
  "office.onlyManager": "Ofisin adını ve logosunu mahalle yöneticisi belirler.",
  "office.name.heading": "Ad",
  "office.name.label": "Ofisin adı",
  "office.name.hint": "Tek satır, en fazla {max} karakter.",
  "office.name.empty": "Lütfen bir ad yaz.",
  "office.name.tooLong": "Ad çok uzun: en fazla {max} karakter.",
  "office.name.save": "Adı kaydet",
  "office.name.saved": "Ad kaydedildi: {name}",
  "office.logo.heading": "Logo",
  "office.logo.current": "Logo şu anda böyle görünüyor:",
  "office.logo.none": "Henüz logo yok. Logo olmadan en üstte sadece ad durur.",
  "office.logo.file": "Resim dosyası",
  "office.logo.fileHint":
    "PNG, JPEG ya da WebP, en fazla {max} KB. En üstte 40 piksel yüksekliğinde görünür. 80 ile 160 piksel yüksekliğinde bir resim net kalır.",
  "office.logo.preview": "Seçtiğin dosyanın önizlemesi:",
  "office.logo.alt": "Logonun açıklaması",
  "office.logo.altHint": "Resmi göremeyen insanlar için, örneğin “Logo: yeşil bir daire içinde bir Q”.",
  "office.logo.altMissing": "Lütfen logoyu birkaç kelimeyle anlat.",
  "office.logo.noFile": "Lütfen önce bir resim dosyası seç.",
  "office.logo.wrongType":
    "Bu bir PNG, JPEG ya da WebP resmi değil. SVG olmaz, çünkü içinde komut dosyası olabilir.",
  "office.logo.tooLarge": "Resim çok büyük: en fazla {max} KB.",
  "office.logo.save": "Logoyu kaydet",
  "office.logo.saveAlt": "Açıklamayı kaydet",
  "office.logo.saved": "Yeni logo kaydedildi.",
  "office.logo.altSaved": "Logonun açıklaması kaydedildi.",
  "office.logo.removeButton": "Logoyu kaldır",
  "office.logo.removed": "Logo kaldırıldı.",
  "office.locale.heading": "Ofisin dili",
  "office.locale.label": "E-postaların dili",
  "office.locale.hint":
    "Henüz kendi dilini seçmemiş kişiler e-postaları bu dilde alır. Bir dil seçen kişi, e-postaları kendi seçtiği dilde alır.",
  "office.locale.save": "Dili kaydet",
  "office.locale.saved": "Ofisin dili kaydedildi: {language}.",
  "office.busy": "Kaydediliyor …",
};
