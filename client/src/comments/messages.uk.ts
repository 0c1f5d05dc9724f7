import type { CommentsMessages } from "./messages.types.ts";

/** Ukrainian messages of the comments feature, typed against the German ones. */
export const commentsUk: CommentsMessages = {
  "comments.heading": "Коментарі",
  "comments.empty": "Коментарів ще немає. Напиши перший!",
  "comments.loadError": "Не вдалося завантажити коментарі.",
  "comments.by": "Автор коментаря: {name}",
  "comments.repliesTo": "Відповіді (кому: {name})",
  "comments.field": "Твій коментар",
  "comments.submit": "Коментувати",
  "comments.reply": "Відповісти",
  "comments.replyTo": "кому: {name}",
  "comments.replyField": "Твоя відповідь (кому: {name})",
  "comments.replySubmit": "Надіслати відповідь",
  "comments.sent": "Твій коментар опубліковано.",
  "comments.signIn": "Увійди, щоб коментувати",
  "comments.locked": "Коментарі до цієї ідеї закрито.",
  "comments.forbidden": "Зараз ти не можеш тут коментувати, наприклад, бо коментарі закрито.",
  "comments.newComment": "Новий коментар. {name}: {text}",
  "comments.newReply": "Нова відповідь. {name}: {text}",
};
