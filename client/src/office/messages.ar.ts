import type { OfficeMessages } from "./messages.types.ts";

/** Arabic messages of the office's settings, typed against the German ones. */
export const officeAr: OfficeMessages = {
  "office.manageLink": "المكتب والشعار",
  "office.manageLinkText": "تغيير اسم المكتب وشعاره",
  "office.title": "المكتب والشعار",
  "office.intro": "الاسم والشعار يظهران أعلى كل صفحة. يبقى الاسم في كل اللغات كما تكتبه أنت.",
  "office.onlyManager": "اسم المكتب وشعاره تحددهما مديرة الحي.",
  "office.name.heading": "الاسم",
  "office.name.label": "اسم المكتب",
  "office.name.hint": "سطر واحد. الحد الأقصى لعدد الأحرف: {max}.",
  "office.name.empty": "يرجى كتابة اسم.",
  "office.name.tooLong": "الاسم طويل جدًا. الحد الأقصى لعدد الأحرف: {max}.",
  "office.name.save": "حفظ الاسم",
  "office.name.saved": "حُفظ الاسم: {name}",
  "office.logo.heading": "الشعار",
  "office.logo.current": "هكذا يبدو الشعار الآن:",
  "office.logo.none": "لا يوجد شعار بعد. بدون شعار يظهر الاسم وحده في الأعلى.",
  "office.logo.file": "ملف الصورة",
  "office.logo.fileHint":
    "PNG أو JPEG أو WebP، بحجم أقصاه {max} KB. يظهر في الأعلى بارتفاع 40 بكسل. الصورة بارتفاع 80 إلى 160 بكسل تبقى واضحة.",
  "office.logo.preview": "معاينة الملف الذي اخترته:",
  "office.logo.alt": "وصف الشعار",
  "office.logo.altHint": "للأشخاص الذين لا يرون الصورة، مثلًا «الشعار: حرف Q داخل دائرة خضراء».",
  "office.logo.altMissing": "يرجى وصف الشعار ببضع كلمات.",
  "office.logo.noFile": "يرجى اختيار ملف صورة أولًا.",
  "office.logo.wrongType":
    "هذه ليست صورة PNG أو JPEG أو WebP. صور SVG غير مقبولة لأنها قد تحتوي على برامج نصية.",
  "office.logo.tooLarge": "الصورة كبيرة جدًا. الحجم الأقصى: {max} KB.",
  "office.logo.save": "حفظ الشعار",
  "office.logo.saveAlt": "حفظ الوصف",
  "office.logo.saved": "حُفظ الشعار الجديد.",
  "office.logo.altSaved": "حُفظ وصف الشعار.",
  "office.logo.removeButton": "إزالة الشعار",
  "office.logo.removed": "أُزيل الشعار.",
  "office.locale.heading": "لغة المكتب",
  "office.locale.label": "لغة رسائل البريد الإلكتروني",
  "office.locale.hint":
    "بهذه اللغة تصل رسائل البريد الإلكتروني إلى من لم يختر لغته بعد. ومن يختار لغة، تصله الرسائل بلغته.",
  "office.locale.save": "حفظ اللغة",
  "office.locale.saved": "حُفظت لغة المكتب: {language}.",
  "office.busy": "جارٍ الحفظ …",
};
