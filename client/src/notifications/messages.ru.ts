import type { NotificationsMessages } from "./messages.types.ts";

/** Russian messages of the notifications feature, typed against the German ones. */
export const notificationsRu: NotificationsMessages = {
  "notifications.title": "Notifications",
  "notifications.signIn": "Log in to see what became of your ideas.",
  "notifications.list": "What became of your ideas",
  "notifications.empty": "No notifications yet.",
  "notifications.emptyNext":
    "When someone answers your posts or the office decides something, you will read it here.",
  "notifications.markAll": "Mark all as read",
  "notifications.allRead": "All notifications are read.",
  "notifications.new": "New",
  "notifications.becameProject": "Good news: this idea is becoming a project!",
  "notifications.approved": "Your post has been checked and is now visible to everyone.",
  "notifications.toProject": "Go to the project",
  "notifications.statusChanged": "New status: {status}",
  "notifications.email.heading": "E-mails",
  "notifications.email.legend": "Notifications by e-mail",
  "notifications.email.off": "No e-mails",
  "notifications.email.immediate": "At once, for every change",
  "notifications.email.daily": "Once a day, collected",
  "notifications.email.submit": "Save setting",
  "notifications.email.saved": "Setting saved.",
  "notifications.email.noAddress": "There is no e-mail address on your account.",
  "notifications.unsubscribe.title": "Unsubscribe from e-mails",
  "notifications.unsubscribe.done": "Done: you will get no more e-mails from Quer.",
  "notifications.unsubscribe.invalid": "This unsubscribe link is invalid or was already used.",
  "notifications.unsubscribe.settings": "Go to the notification settings",
};
