import type { CommentsMessages } from "./messages.types.ts";

/** Russian messages of the comments feature, typed against the German ones. */
export const commentsRu: CommentsMessages = {
  "comments.heading": "Comments",
  "comments.empty": "No comments yet. Write the first one!",
  "comments.loadError": "The comments could not be loaded.",
  "comments.by": "Comment by {name}",
  "comments.repliesTo": "Replies to {name}",
  "comments.field": "Your comment",
  "comments.submit": "Comment",
  "comments.reply": "Reply",
  "comments.replyTo": "to {name}",
  "comments.replyField": "Your reply to {name}",
  "comments.replySubmit": "Send reply",
  "comments.sent": "Your comment is published.",
  "comments.signIn": "Sign in to comment",
  "comments.locked": "Comments on this idea are closed.",
  "comments.forbidden": "You cannot comment here right now, for example because comments are closed.",
  "comments.newComment": "New comment by {name}: {text}",
  "comments.newReply": "New reply by {name}: {text}",
};
