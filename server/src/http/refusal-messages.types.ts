/**
 * What the API says when it refuses a request, per language: the `message` of an error
 * answer. Code names a refusal by its key (`AppError`); the text is chosen when the
 * answer is written, in the request's language. The error's `code` stays the stable key
 * for programs.
 */
export interface RefusalMessages {
  // Anyone, anywhere
  signIn: string;
  notAllowed: string;
  notFound: string;
  tooManyAttempts: string;
  /** Too many writes by one person in a short time. */
  tooManyWrites: string;
  unknownApiRoute: string;
  unknownRoute: string;
  internal: string;
  /** A read whose answer could not be made durable first. */
  notSaved: string;
  storageFull: string;
  /** The server runs from sources whose interface was never built (a developer's checkout). */
  clientNotBuilt: string;

  // The request itself
  expectedJson: string;
  notJson: string;
  invalidInput: string;
  badRequest: string;
  bodyBroken: string;
  tooLarge: string;
  requestTimeout: string;
  headersTooLarge: string;
  malformedRequest: string;
  /** The Idempotency-Key header of a new idea has the wrong form. */
  idempotencyKey: string;

  // Accounts
  tooManySignups: string;
  emailTaken: string;
  wrongLogin: string;
  tooManyLoginsHere: string;
  tooManyLoginsAccount: string;
  blocked: (p: { contact: string }) => string;
  /** Blocked, and no address is known to turn to. */
  blockedAskOffice: string;

  // Boards
  boardNotFound: string;
  onlyManagerCreatesBoards: string;
  onlyManagerChangesBoards: string;

  // Ideas
  ideaNotFound: string;
  unknownIdea: string;
  signInToPost: string;
  cannotPostHere: string;
  postingClosed: string;
  unknownCategory: string;
  /** The categories a board allows, already joined into a list. */
  allowedCategories: (p: { categories: string }) => string;
  noCategories: string;
  onlyAuthorChoosesCoauthors: string;
  tooManySearches: string;
  personNotFound: string;
  authorWritesAnyway: string;
  versionsForWriters: string;
  versionNotFound: string;
  versionTitleInvalid: (p: { min: number }) => string;

  // Comments
  signInToComment: string;
  cannotComment: string;
  commentsClosed: string;
  commentNotFound: string;
  cannotReplyHere: string;
  unknownComment: string;
  repliesOnlyToComments: string;
  oneLevelOfReplies: string;

  // Votes
  signInToVote: string;
  cannotVote: string;
  votingClosed: string;
  overBudget: (p: { budget: number; spent: number }) => string;
  overWorkshopBudget: (p: { budget: number; spent: number }) => string;
  dotsRequired: string;
  upvoteHasNoBody: string;

  // Moderation
  signInToReport: string;
  cannotReportHere: string;
  commentAlreadyHidden: string;
  cannotBlockSelf: string;
  managersNotBlocked: string;
  managersTask: string;
  mergeTargetNotFound: string;
  mergeWithItself: string;
  mergeAcrossBoards: string;
  alreadyMerged: string;
  targetMerged: string;
  notMerged: string;

  // Projects
  onlyManagerSetsFund: string;
  onlyManagerPromotes: string;
  alreadyProject: string;
  onlyVisiblePromoted: string;
  projectNotFound: string;
  cannotJoinTeam: string;
  onlyManagerChanges: string;
  newsByTeam: string;

  // Workshops
  onlyManagerFacilitates: string;
  notAWorkshop: string;
  tableFollowsWorkshop: string;
  tooManyJoinsAtOnce: string;
  tooManyWrongCodes: string;
  unknownJoinCode: string;
  noWorkshopYet: string;
  noWorkshopRunning: string;
  ideaNotInWorkshop: string;

  // Notices
  unsubscribeInvalid: string;
  noEmailNoMails: string;
}
