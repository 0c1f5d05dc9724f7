import type { CommentsMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the comments feature, typed against the German ones. */
export const commentsLs: CommentsMessages = {
  "comments.heading": "Kommentare: Das denken andere über die Idee",
  "comments.empty": "Hier gibt es noch keine Kommentare. Schreib den ersten Kommentar!",
  "comments.loadError": "Quer kann die Kommentare gerade nicht zeigen.",
  "comments.by": "Kommentar von {name}",
  "comments.repliesTo": "Antworten an {name}",
  "comments.field": "Dein Kommentar",
  "comments.submit": "Kommentar schicken",
  "comments.reply": "Antworten",
  "comments.replyTo": "an {name}",
  "comments.replyField": "Deine Antwort an {name}",
  "comments.replySubmit": "Antwort schicken",
  "comments.sent": "Alle sehen jetzt deinen Kommentar.",
  "comments.signIn": "Anmelden und Kommentar schreiben",
  "comments.locked": "Zu dieser Idee sind Kommentare jetzt zu.",
  "comments.forbidden":
    "Hier kannst du gerade keinen Kommentar schreiben. Vielleicht sind die Kommentare zu.",
  "comments.newComment": "Neuer Kommentar von {name}: {text}",
  "comments.newReply": "Neue Antwort von {name}: {text}",
};
