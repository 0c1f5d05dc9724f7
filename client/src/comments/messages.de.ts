/** German messages of the comments feature; merged into the catalogue in i18n/de.ts. */
export const commentsDe = {
  "comments.heading": "Kommentare",
  "comments.empty": "Noch keine Kommentare. Schreib den ersten!",
  "comments.loadError": "Die Kommentare konnten nicht geladen werden.",
  "comments.by": "Kommentar von {name}",
  "comments.repliesTo": "Antworten an {name}",
  "comments.field": "Dein Kommentar",
  "comments.submit": "Kommentieren",
  "comments.reply": "Antworten",
  "comments.replyTo": "an {name}",
  "comments.replyField": "Deine Antwort an {name}",
  "comments.replySubmit": "Antwort senden",
  "comments.sent": "Dein Kommentar ist veröffentlicht.",
  "comments.signIn": "Zum Kommentieren anmelden",
  "comments.locked": "Die Kommentare zu dieser Idee sind geschlossen.",
  "comments.forbidden":
    "Hier kannst du gerade nicht kommentieren, zum Beispiel weil die Kommentare geschlossen sind.",
  "comments.newComment": "Neuer Kommentar von {name}: {text}",
  "comments.newReply": "Neue Antwort von {name}: {text}",
} as const;
