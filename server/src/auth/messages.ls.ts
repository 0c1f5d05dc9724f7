import type { PasswordMessages } from "./messages.types.ts";

export const passwordLs: PasswordMessages = {
  mail: {
    subject: "A new password for Quer",
    text: (link) =>
      [
        "Hello,",
        "",
        "someone – hopefully you – would like to set a new password for your Quer account.",
        "You can do that with this link:",
        "",
        link,
        "",
        "The link works for one hour and only once.",
        "",
        "If this wasn't you, just ignore this mail – your password stays as it is.",
      ].join("\n"),
  },
  tokenInvalid:
    "This link no longer works: it has been used already, is older than an hour or is incomplete. Just ask for a new one.",
  tooManyRequests: "Many mails were just requested from here. Please try again later.",
  tooManyForAddress:
    "Mails were just sent to this address. Please look in your inbox (and the spam folder) or try again later.",
  tooManyTokens: "Too many invalid links from here. Please try again later.",
  wrongCurrent: "The current password is not right.",
  tooManyChanges: "Too many wrong attempts. Please wait a few minutes.",
  noPassword: "Guests have no password.",
};
