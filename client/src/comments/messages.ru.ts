import type { CommentsMessages } from "./messages.types.ts";

/** Russian messages of the comments feature, typed against the German ones. */
export const commentsRu: CommentsMessages = {
  "comments.heading": "Комментарии",
  "comments.empty": "Комментариев пока нет. Напиши первый!",
  "comments.loadError": "Не удалось загрузить комментарии.",
  "comments.by": "Автор комментария: {name}",
  "comments.repliesTo": "Ответы (кому: {name})",
  "comments.field": "Твой комментарий",
  "comments.submit": "Комментировать",
  "comments.reply": "Ответить",
  "comments.replyTo": "кому: {name}",
  "comments.replyField": "Твой ответ (кому: {name})",
  "comments.replySubmit": "Отправить ответ",
  "comments.sent": "Твой комментарий опубликован.",
  "comments.signIn": "Войди, чтобы комментировать",
  "comments.locked": "Комментарии к этой идее закрыты.",
  "comments.forbidden": "Сейчас ты не можешь здесь комментировать, например, потому что комментарии закрыты.",
  "comments.newComment": "Новый комментарий. {name}: {text}",
  "comments.newReply": "Новый ответ. {name}: {text}",
};
