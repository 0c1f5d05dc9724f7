import type { FeedbackMessages } from "./messages.types.ts";

export const feedbackAr: FeedbackMessages = {
  rateLimited: "أرسلت إلينا عدة رسائل قبل قليل. يرجى الانتظار بعض الوقت.",
  subject: "ملاحظة جديدة حول إمكانية الوصول",
  intro: "وصلت هذه الرسالة من النموذج في صفحة «بيان إمكانية الوصول»:",
  page: (url) => `تخص الصفحة: ${url}`,
  replyTo: (address) => `يُرجى الرد على: ${address}`,
  noReply: "أُرسلت بدون عنوان للرد.",
  from: (name) => `أرسلها: ${name} (مسجَّل الدخول)`,
  anonymous: "أُرسلت بدون تسجيل الدخول.",
  inbox: (url) => `موجودة أيضًا في إشعاراتك: ${url}/notifications`,
  why: "تصلك هذه الرسالة لأنك تدير Quer لمكتب الحي. يردّ المكتب على الملاحظات حول إمكانية الوصول خلال شهر واحد.",
};
