import type { CommentsMessages } from "./messages.types.ts";

/** Russian messages of the comments feature, typed against the German ones. */
export const commentsRu: CommentsMessages = {
  "comments.heading": "Комментарии",
  "comments.empty": "Комментариев пока нет. Напиши первый!",
  "comments.loadError": "Не удалось загрузить комментарии.",
  "comments.by": "Комментарий от {name}",
  "comments.repliesTo": "Ответы для {name}",
  "comments.field": "Твой комментарий",
  "comments.submit": "Комментировать",
  "comments.reply": "Ответить",
  "comments.replyTo": "для {name}",
  "comments.replyField": "Твой ответ для {name}",
  "comments.replySubmit": "Отправить ответ",
  "comments.sent": "Твой комментарий опубликован.",
  "comments.signIn": "Войди, чтобы комментировать",
  "comments.locked": "Комментарии к этой идее закрыты.",
  "comments.forbidden": "Сейчас ты не можешь здесь комментировать, например, потому что комментарии закрыты.",
  "comments.newComment": "Новый комментарий от {name}: {text}",
  "comments.newReply": "Новый ответ от {name}: {text}",
};
