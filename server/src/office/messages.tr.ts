import type { OfficeMessages } from "./messages.types.ts";

export const officeTr: OfficeMessages = {
  // The office's own name: it stays German whatever language a page is read in.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "Ofisin adını ve logosunu mahalle yöneticisi belirler.",
  tooLarge: (maxKb) => `Resim çok büyük. En fazla ${maxKb} KB olabilir.`,
  notAPicture: "Bu bir PNG, JPEG ya da WebP resmi değil. Lütfen böyle bir resim seç (SVG olmaz).",
  empty: "Resim gelmedi. Lütfen bir dosya seç.",
  altNeeded: "Lütfen logoyu birkaç kelimeyle anlat. Bu, logoyu göremeyen insanlar için.",
  noLogo: "Bu logo bulunamadı ya da kaldırıldı.",
  rateLimited: "Az önce çok şey değiştirdin. Lütfen biraz bekle.",
};
