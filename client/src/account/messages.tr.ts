import type { AccountMessages } from "./messages.types.ts";

/** Turkish messages of the account feature, typed against the German ones. */
export const accountTr: AccountMessages = {
  "account.title": "My data",
  "account.signIn": "Log in to see your data.",
  "account.export.heading": "Everything we store about you",
  "account.export.text":
    "Download a file (JSON) with your account, your ideas, comments, votes and notifications.",
  "account.export.download": "Download my data",
  "account.notices.heading": "Notifications",
  "account.notices.link": "Set up notifications and e-mails",
  "account.delete.heading": "Delete account",
  "account.delete.text":
    "Your ideas and comments stay for the neighbourhood, but without your name. Your votes are removed.",
  "account.delete.start": "Delete account …",
  "account.delete.confirmHeading": "Really delete?",
  "account.delete.confirmText": "This cannot be undone. You will be logged out everywhere.",
  "account.delete.confirm": "Yes, delete my account for good",
  "account.deleted": "Your account is deleted.",
  "account.myIdeas.heading": "Your posts",
  "account.myIdeas.link": "My posts: what became of them",
  "myIdeas.title": "My posts",
  "myIdeas.intro":
    "Here you see everything you wrote or co-wrote, and what the neighbourhood office says about it.",
  "myIdeas.signIn": "Log in to see your posts.",
  "myIdeas.loadError": "Your posts could not be loaded.",
  "myIdeas.empty": "You have not written anything yet.",
  "myIdeas.toTopics": "Go to the topics",
  "myIdeas.topic": "Topic:",
  "myIdeas.coauthor": "You write along",
  "myIdeas.pending": "Being checked – then it appears for everyone",
  "myIdeas.noAnswerYet": "No answer yet. The neighbourhood office answers every post.",
  "myIdeas.answer": "The neighbourhood office's answer: {status}",
};
