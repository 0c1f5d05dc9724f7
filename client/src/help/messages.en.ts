import type { HelpMessages } from "./messages.types.ts";

/** English messages of the accessibility statement, its feedback form and the help page. */
export const helpEn: HelpMessages = {
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "{office} wants everyone to be able to use Quer well. This statement applies to Quer at {site}.",
  "a11y.standard.heading": "Which requirements apply",
  "a11y.standard.text":
    "Quer aims to be accessible under the German Barrier-Free Information Technology Ordinance (BITV 2.0). It refers to the European standard EN 301 549, which requires the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.",
  "a11y.status.heading": "How accessible Quer is",
  "a11y.status.text":
    "Quer is partially accessible. Most requirements are met. These parts are not accessible yet:",
  "a11y.limit.signLanguage":
    "There are no explanations in German Sign Language yet. The help page “How it works” is only text with pictures.",
  "a11y.limit.languages":
    "The texts in Easy German (Leichte Sprache) have not yet been read by a test group. The Turkish, Arabic, Ukrainian and Russian translations have not yet been checked by native speakers.",
  "a11y.limit.contributions":
    "People write ideas, comments and descriptions themselves. They are not translated and not put into Easy German.",
  "a11y.limit.cowriting":
    "When several people write the same text at once, a screen reader does not announce the others' changes one by one.",
  "a11y.limit.pictures":
    "The pictures on the help page show the German version of Quer, even if you chose another language.",
  "a11y.limit.timer":
    "In a live workshop, the facilitator can set a time for a step. Only the facilitator can extend it. Tell them if you need more time.",
  "a11y.made.heading": "How this statement was prepared",
  "a11y.made.text":
    "This statement was prepared on {date}. It was last reviewed on {checked}. It is based on a self-assessment: automated tests check the pages and their main states in the browser with axe-core. Further tests do the main tasks with the keyboard alone.",
  "a11y.feedback.heading": "Report barriers: feedback and contact",
  "a11y.feedback.text":
    "Did you find something you cannot use well? Or do you need information in another form? Write to {office} using this form. If you give an e-mail address, we will answer you within one month.",
  "a11y.enforcement.heading": "Enforcement procedure",
  "a11y.enforcement.text":
    "Did you get no answer to your feedback, or are you not happy with the answer? Then you can turn to the ombuds office for accessible information technology at the State Commissioner for People with Disabilities of Baden-Württemberg (Ombudsstelle für barrierefreie Informationstechnik bei der Landes-Behindertenbeauftragten). It helps to find a solution with {office}.",
  "a11y.toHelp": "How Quer works is explained on the page “How it works”.",

  "feedback.heading": "Write feedback",
  "feedback.message": "Your message",
  "feedback.messageHint": "What did not work? Where was it? At most {max} characters.",
  "feedback.page": "Which page is it about? (optional)",
  "feedback.pageHint": "The part of the address after the website's name, for example /hilfe.",
  "feedback.replyTo": "Your e-mail address for an answer (optional)",
  "feedback.replyToHint": "Without an address we cannot answer you.",
  "feedback.submit": "Send message",
  "feedback.sent": "Thank you! Your message has reached the neighbourhood office.",
  "feedback.sentReply": "We will answer you at {email}.",
  "feedback.another": "Write another message",
  "feedback.pageFormat": "Please give only the part of the address from the first slash, for example /hilfe.",

  "help.title": "How it works",
  "help.intro":
    "Here you find, step by step, how to take part in Quer. The pictures show the pages as they look on a phone.",
  "help.residents.heading": "Taking part in the neighbourhood",
  "help.guests.heading": "Taking part in a workshop",
  "help.guests.intro": "In a workshop you need no account. You only need the code the facilitator shows.",
  "help.picturesNote": "The pictures show Quer in German.",
  "help.signup.heading": "Create an account",
  "help.signup.text":
    "Tap “Sign up” at the top. On a phone it is in the “Menu”. Enter your name, your e-mail address and a password. Your name will be shown with your ideas.",
  "help.signup.alt": "The “Sign up” page with the fields name, e-mail address and password.",
  "help.post.heading": "Share an idea",
  "help.post.text":
    "Open a topic. Tap “Share an idea”. Under “Title”, write your idea in a few words. Under “Description” you can explain more. Then tap “Publish”.",
  "help.post.alt": "The form for a new idea with title and description.",
  "help.vote.heading": "Support an idea",
  "help.vote.text":
    "Do you like an idea? Tap “Support”. The number shows how many people like the idea. Tapping again takes your vote back.",
  "help.vote.alt": "An idea with the “Support” button and the number of votes.",
  "help.comment.heading": "Write a comment",
  "help.comment.text":
    "Every idea has comments below it. Write your opinion or a question in the field. Then tap “Comment”.",
  "help.comment.alt": "The field for a comment below an idea.",
  "help.cowrite.heading": "Write together",
  "help.cowrite.text":
    "You can still change your idea later. You can also invite other people to write with you. Then you write the same text at the same time.",
  "help.cowrite.alt": "Your own idea with its text to edit and the people who write with you.",
  "help.follow.heading": "Follow what becomes of your idea",
  "help.follow.text":
    "The neighbourhood office answers every idea. Under “My posts” you see how far your ideas have come. Every answer is listed under “Notifications”.",
  "help.follow.alt": "The “My posts” page with an idea and its status.",
  "help.join.heading": "Join with a code",
  "help.join.text":
    "Open the address the facilitator shows, or scan the QR code. Enter the code and, if you like, your name. Then tap “Join”.",
  "help.join.alt": "The page for joining, with the fields code and name.",
  "help.card.heading": "Write a card",
  "help.card.text":
    "Write your idea in one sentence in the field. Then tap “Send idea”. Your card appears on the wall at once.",
  "help.card.alt": "The phone screen in a workshop with the field for a new idea.",
  "help.dots.heading": "Vote with dots",
  "help.dots.text":
    "When voting, you have a few dots. Give them to the ideas that matter most to you. Plus gives a dot, minus takes it back.",
  "help.dots.alt": "Ideas in a workshop with plus and minus buttons for giving dots.",
  "help.more":
    "Is something unclear, or does something not work for you? Write to us with the form in the accessibility statement.",
};
