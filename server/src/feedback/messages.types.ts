/** What the feedback route and its mail to the office say, per language. */
export interface FeedbackMessages {
  /** Too many messages from one address or one person in an hour. */
  rateLimited: string;
  subject: string;
  intro: string;
  page: (url: string) => string;
  replyTo: (address: string) => string;
  noReply: string;
  from: (name: string) => string;
  anonymous: string;
  /** Where the message also waits: the office's inbox in Quer. */
  inbox: (url: string) => string;
  /** Why a manager gets this mail. */
  why: string;
}
