import type { NotificationsMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the notifications feature, typed against the German ones. */
export const notificationsLs: NotificationsMessages = {
  "notifications.title": "Nachrichten",
  "notifications.signIn": "Du möchtest sehen, was aus deinen Ideen geworden ist? Dann melde dich an.",
  "notifications.list": "Das ist aus deinen Ideen geworden",
  "notifications.empty": "Du hast noch keine Nachrichten.",
  "notifications.emptyNext":
    "Jemand antwortet auf deinen Beitrag? Oder das Quartiers-Büro entscheidet etwas? Dann steht es hier.",
  "notifications.markAll": "Alle Nachrichten als gelesen markieren",
  "notifications.allRead": "Du hast alle Nachrichten gelesen.",
  "notifications.new": "Neu",
  "notifications.statusChanged": "Neuer Stand: {status}",
  "notifications.becameProject": "Gute Nachricht: Aus dieser Idee wird ein Projekt!",
  "notifications.toProject": "Zum Projekt",
  "notifications.approved": "Das Quartiers-Büro hat deinen Beitrag geprüft. Jetzt sehen ihn alle.",
  "notifications.email.heading": "E-Mails",
  "notifications.email.legend": "Nachrichten als E-Mail",
  "notifications.email.off": "Keine E-Mails",
  "notifications.email.immediate": "Sofort bei jeder Neuigkeit",
  "notifications.email.daily": "1 Mal am Tag alles zusammen",
  "notifications.email.submit": "Einstellung speichern",
  "notifications.email.saved": "Die Einstellung ist gespeichert.",
  "notifications.email.noAddress": "In deinem Konto steht keine E-Mail-Adresse.",
  "notifications.unsubscribe.title": "Keine E-Mails mehr bekommen",
  "notifications.unsubscribe.done": "Fertig: Quer schickt dir jetzt keine E-Mails mehr.",
  "notifications.unsubscribe.invalid": "Dieser Link geht nicht mehr. Vielleicht hast du ihn schon benutzt.",
  "notifications.unsubscribe.settings": "Zu den Einstellungen für Nachrichten",
};
