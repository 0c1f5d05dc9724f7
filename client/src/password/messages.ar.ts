import type { PasswordMessages } from "./messages.types.ts";

/** Arabic messages of the password feature, typed against the German ones. */
export const passwordAr: PasswordMessages = {
  "password.forgot.link": "نسيت كلمة المرور؟",
  "password.forgot.title": "نسيت كلمة المرور",
  "password.forgot.intro":
    "لا مشكلة. اكتب البريد الإلكتروني لحسابك. سنرسل لك رابطًا، وبه تختار كلمة مرور جديدة.",
  "password.forgot.submit": "إرسال الرابط",
  "password.forgot.sentHeading": "تفقّد بريدك الوارد",
  "password.forgot.sent":
    "إذا كان هناك حساب بهذا العنوان، فستصلك بعد قليل رسالة فيها رابط: {email}. الرابط صالح لمدة ساعة.",
  "password.forgot.spam":
    "لم تصلك رسالة؟ انظر أيضًا في مجلد الرسائل غير المرغوب فيها (Spam)، أو اطلب رابطًا جديدًا بعد بضع دقائق.",
  "password.forgot.again": "كتابة عنوان آخر",
  "password.reset.title": "اختيار كلمة مرور جديدة",
  "password.reset.intro": "اختر كلمة مرور جديدة لحسابك.",
  "password.reset.submit": "حفظ كلمة المرور",
  "password.reset.doneHeading": "تم: كلمة مرورك الجديدة صالحة الآن",
  "password.reset.done": "لحمايتك سُجّل خروجك من كل الأجهزة. سجّل الدخول من جديد بكلمة المرور الجديدة.",
  "password.reset.login": "إلى تسجيل الدخول",
  "password.reset.invalid":
    "هذا الرابط لم يعد صالحًا: استُخدم من قبل، أو مرّت عليه أكثر من ساعة. اطلب رابطًا جديدًا ببساطة.",
  "password.reset.newLink": "طلب رابط جديد",
  "password.new": "كلمة المرور الجديدة",
  "password.show": "إظهار كلمة المرور",
  "password.change.heading": "تغيير كلمة المرور",
  "password.change.text": "بعد ذلك يُسجَّل خروجك من أجهزتك الأخرى، وتبقى مسجَّلًا هنا.",
  "password.change.current": "كلمة المرور الحالية",
  "password.change.submit": "تغيير كلمة المرور",
  "password.change.wrong": "كلمة المرور الحالية غير صحيحة.",
  "password.change.done": "تغيّرت كلمة مرورك. سُجّل خروجك الآن من أجهزتك الأخرى.",
};
