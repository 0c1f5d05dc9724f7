import type { OfficeMessages } from "./messages.types.ts";

export const officeAr: OfficeMessages = {
  // The office's own name: it stays German whatever language a page is read in.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "اسم المكتب وشعاره تحددهما مديرة الحي.",
  tooLarge: (maxKb) => `الصورة كبيرة جدًا. الحجم الأقصى المسموح: ${maxKb} KB.`,
  notAPicture: "هذه ليست صورة PNG أو JPEG أو WebP. يرجى اختيار صورة من هذه الأنواع (صور SVG غير مقبولة).",
  empty: "لم تصل أي صورة. يرجى اختيار ملف.",
  altNeeded: "يرجى وصف الشعار ببضع كلمات، للأشخاص الذين لا يرونه.",
  noLogo: "هذا الشعار غير موجود، أو لم يعد موجودًا.",
  rateLimited: "غيّرت أشياء كثيرة قبل قليل. يرجى الانتظار قليلًا.",
};
