import type { CommentsMessages } from "./messages.types.ts";

/** Arabic messages of the comments feature, typed against the German ones. */
export const commentsAr: CommentsMessages = {
  "comments.heading": "التعليقات",
  "comments.empty": "لا توجد تعليقات بعد. اكتب أول تعليق!",
  "comments.loadError": "تعذّر تحميل التعليقات.",
  "comments.by": "تعليق من: {name}",
  "comments.repliesTo": "الردود على: {name}",
  "comments.field": "تعليقك",
  "comments.submit": "نشر التعليق",
  "comments.reply": "رد",
  "comments.replyTo": "إلى: {name}",
  "comments.replyField": "ردك على: {name}",
  "comments.replySubmit": "إرسال الرد",
  "comments.sent": "نُشر تعليقك.",
  "comments.signIn": "سجّل الدخول للتعليق",
  "comments.locked": "التعليقات على هذه الفكرة مغلقة.",
  "comments.forbidden": "لا يمكنك التعليق هنا الآن، مثلًا لأن التعليقات مغلقة.",
  "comments.newComment": "تعليق جديد من {name}: {text}",
  "comments.newReply": "رد جديد من {name}: {text}",
};
