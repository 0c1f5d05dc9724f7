import type { PasswordMessages } from "./messages.types.ts";

/** Russian messages of the password feature, typed against the German ones. */
export const passwordRu: PasswordMessages = {
  "password.forgot.link": "Forgot your password?",
  "password.forgot.title": "Forgot your password",
  "password.forgot.intro":
    "No problem. Enter the e-mail address of your account. We'll send you a link to set a new password.",
  "password.forgot.submit": "Send link",
  "password.forgot.sentHeading": "Check your inbox",
  "password.forgot.sent":
    "If there is an account with the address {email}, a mail with a link is on its way. The link works for one hour.",
  "password.forgot.spam": "No mail? Look in the spam folder too, or ask for a new link in a few minutes.",
  "password.forgot.again": "Enter another address",
  "password.reset.title": "Set a new password",
  "password.reset.intro": "Choose a new password for your account.",
  "password.reset.submit": "Save password",
  "password.reset.doneHeading": "Done: your new password works",
  "password.reset.done":
    "To be safe, you are now signed out on all devices. Sign in again with the new password.",
  "password.reset.login": "Go to sign in",
  "password.reset.invalid":
    "This link no longer works: it has been used already or is older than an hour. Just ask for a new one.",
  "password.reset.newLink": "Ask for a new link",
  "password.new": "New password",
  "password.show": "Show password",
  "password.change.heading": "Change password",
  "password.change.text": "Afterwards you are signed out on your other devices; here you stay signed in.",
  "password.change.current": "Current password",
  "password.change.submit": "Change password",
  "password.change.wrong": "The current password is not right.",
  "password.change.done": "Your password has been changed. You are now signed out on your other devices.",
};
