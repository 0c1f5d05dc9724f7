import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncAr: SyncMessages = {
  noEndpoint: "لا يوجد اتصال مباشر هنا.",
  wrongOrigin: (publicUrl) =>
    `افتح Quer على هذا العنوان: ${publicUrl} – على العنوان الحالي لا يعمل الاتصال المباشر.`,
  unknownDocument: "هذا المحتوى غير موجود.",
  serverFull: "الخادم ممتلئ الآن. يرجى المحاولة مرة أخرى بعد قليل.",
  tooManySockets: "اتصالات مفتوحة كثيرة جدًا. يرجى إغلاق النوافذ الأخرى.",
  noAccess: "ليس لديك صلاحية الوصول إلى هذا المحتوى.",
  signIn: "يرجى تسجيل الدخول.",
  invalid: "طلب غير صالح.",
};
