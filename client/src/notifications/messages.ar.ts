import type { NotificationsMessages } from "./messages.types.ts";

/** Arabic messages of the notifications feature, typed against the German ones. */
export const notificationsAr: NotificationsMessages = {
  "notifications.title": "الإشعارات",
  "notifications.signIn": "سجّل الدخول لترى ماذا حدث لأفكارك.",
  "notifications.list": "ماذا حدث لأفكارك",
  "notifications.empty": "لا توجد إشعارات بعد.",
  "notifications.emptyNext": "عندما يردّ أحد على مشاركاتك أو يقرر مكتب الحي شيئًا، ستجده هنا.",
  "notifications.markAll": "تعليم الكل كمقروء",
  "notifications.allRead": "كل الإشعارات مقروءة.",
  "notifications.new": "جديد",
  "notifications.statusChanged": "حالة جديدة: {status}",
  "notifications.becameProject": "خبر سار: هذه الفكرة ستصبح مشروعًا!",
  "notifications.toProject": "إلى المشروع",
  "notifications.approved": "رُوجعت مشاركتك، وهي الآن ظاهرة للجميع.",
  "notifications.email.heading": "البريد الإلكتروني",
  "notifications.email.legend": "الإشعارات بالبريد الإلكتروني",
  "notifications.email.off": "بدون رسائل",
  "notifications.email.immediate": "فورًا عند كل تغيير",
  "notifications.email.daily": "مرة واحدة في اليوم، مجمَّعة",
  "notifications.email.submit": "حفظ الإعداد",
  "notifications.email.saved": "حُفظ الإعداد.",
  "notifications.email.noAddress": "لا يوجد عنوان بريد إلكتروني في حسابك.",
  "notifications.unsubscribe.title": "إلغاء الاشتراك في الرسائل",
  "notifications.unsubscribe.done": "تم: لن تصلك رسائل بريد إلكتروني من Quer بعد الآن.",
  "notifications.unsubscribe.invalid": "رابط إلغاء الاشتراك هذا غير صالح أو استُخدم من قبل.",
  "notifications.unsubscribe.settings": "إلى إعدادات الإشعارات",
};
