import type { HttpMessages } from "./messages.types.ts";

export const httpAr: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `افتح Quer على هذا العنوان: ${publicUrl} – على العنوان الحالي لا يعمل تسجيل الدخول ولا التعديل.`,
  foreignRequest: "رُفض طلب من مصدر غريب (Origin غير مطابق).",
  pageDescription: "Quer – شارك الأفكار والمشكلات في الحي، وادعمها مع جيرانك.",
};
