/** German messages of the account feature; merged into the catalogue in i18n/de.ts. */
export const accountDe = {
  "account.title": "Meine Daten",
  "account.signIn": "Melde dich an, um deine Daten zu sehen.",
  "account.export.heading": "Alles, was wir über dich speichern",
  "account.export.text":
    "Lade eine Datei (JSON) herunter mit deinem Konto, deinen Ideen, Kommentaren, Stimmen und Benachrichtigungen.",
  "account.export.download": "Meine Daten herunterladen",
  "account.notices.heading": "Benachrichtigungen",
  "account.notices.link": "Benachrichtigungen und E-Mails einstellen",
  "account.delete.heading": "Konto löschen",
  "account.delete.text":
    "Deine Ideen und Kommentare bleiben für die Nachbarschaft, aber ohne deinen Namen. Deine Stimmen werden entfernt.",
  "account.delete.start": "Konto löschen …",
  "account.delete.confirmHeading": "Wirklich löschen?",
  "account.delete.confirmText": "Das lässt sich nicht rückgängig machen. Du wirst überall abgemeldet.",
  "account.delete.confirm": "Ja, mein Konto endgültig löschen",
  "account.deleted": "Dein Konto ist gelöscht.",
  "account.myIdeas.heading": "Deine Beiträge",
  "account.myIdeas.link": "Meine Beiträge: was aus ihnen geworden ist",
  "myIdeas.title": "Meine Beiträge",
  "myIdeas.intro":
    "Hier siehst du alles, was du geschrieben oder mitgeschrieben hast, und was das Quartiersbüro dazu sagt.",
  "myIdeas.signIn": "Melde dich an, um deine Beiträge zu sehen.",
  "myIdeas.loadError": "Deine Beiträge konnten nicht geladen werden.",
  "myIdeas.empty": "Du hast noch nichts geschrieben.",
  "myIdeas.toTopics": "Zu den Themen",
  "myIdeas.topic": "Thema:",
  "myIdeas.coauthor": "Du schreibst mit",
  "myIdeas.pending": "Wird geprüft – erscheint danach für alle",
  "myIdeas.noAnswerYet": "Noch keine Antwort. Das Quartiersbüro antwortet auf jeden Beitrag.",
  "myIdeas.answer": "Antwort des Quartiersbüros: {status}",
} as const;
