import type { AccountMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the account feature, typed against the German ones. */
export const accountLs: AccountMessages = {
  "account.title": "Meine Daten",
  "account.signIn": "Du möchtest deine Daten sehen? Dann melde dich an.",
  "account.export.heading": "Alle Daten, die wir über dich speichern",
  "account.export.text":
    "Hier bekommst du eine Datei mit deinen Daten. Die Datei hat die Form JSON. In der Datei stehen dein Konto, deine Ideen, deine Kommentare, deine Stimmen und deine Nachrichten.",
  "account.export.download": "Meine Daten herunterladen",
  "account.notices.heading": "Nachrichten",
  "account.notices.link": "Nachrichten und E-Mails einstellen",
  "account.delete.heading": "Konto löschen",
  "account.delete.text":
    "Deine Ideen und Kommentare bleiben für das Viertel da. Aber dein Name steht dann nicht mehr dabei. Deine Stimmen löschen wir.",
  "account.delete.start": "Konto löschen …",
  "account.delete.confirmHeading": "Möchtest du dein Konto wirklich löschen?",
  "account.delete.confirmText": "Danach ist dein Konto für immer weg. Du bist dann überall abgemeldet.",
  "account.delete.confirm": "Ja, mein Konto für immer löschen",
  "account.deleted": "Dein Konto ist gelöscht.",
  "account.myIdeas.heading": "Deine Beiträge",
  "account.myIdeas.link": "Meine Beiträge: Das ist aus ihnen geworden",
  "myIdeas.title": "Meine Beiträge",
  "myIdeas.intro":
    "Hier siehst du alles, was du geschrieben hast. Und alles, was du mitgeschrieben hast. Und du siehst die Antwort vom Quartiers-Büro.",
  "myIdeas.signIn": "Du möchtest deine Beiträge sehen? Dann melde dich an.",
  "myIdeas.loadError": "Quer kann deine Beiträge gerade nicht zeigen.",
  "myIdeas.empty": "Du hast noch nichts geschrieben.",
  "myIdeas.toTopics": "Zu den Themen",
  "myIdeas.topic": "Thema:",
  "myIdeas.coauthor": "Du schreibst mit",
  "myIdeas.pending": "Das Quartiers-Büro prüft den Beitrag. Danach sehen ihn alle.",
  "myIdeas.noAnswerYet": "Noch keine Antwort. Das Quartiers-Büro antwortet auf jeden Beitrag.",
  "myIdeas.answer": "Antwort vom Quartiers-Büro: {status}",
};
