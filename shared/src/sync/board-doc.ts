import {
  type IdeaKind,
  type IdeaStatus,
  ideaKinds,
  ideaStatuses,
  type StatusContact,
} from "../ideas/rules.ts";

/**
 * Shape of `board:<id>` (server-written). `getMap("meta")` holds the keys of
 * BoardDocMeta and `schemaVersion`; `getMap("ideas")` maps an idea id to a Y.Map with the
 * keys of BoardDocIdea; `getMap("projects")` maps a project id to a Y.Map with the keys of
 * BoardDocProject (shared/src/projects/live.ts). Zod-free: live pages import this module
 * directly.
 */
export interface BoardDocMeta {
  title: string;
  description: string;
  mode: "open" | "workshop";
  phase: string | null;
  postingOpen: boolean;
  votingKind: "up" | "dots";
  dots: number | null;
  revealed: boolean;
  categories: string[];
  /** Workshop: the countdown (epoch ms it ends while running; ms left while paused). */
  timerEndsAt: number | null;
  timerRemainingMs: number | null;
  /** Workshop: the idea shown large on the projector, if any. */
  spotlight: string | null;
  participantCanvas: boolean;
  /** Workshop: its topic tables as JSON text `[{id, title}]`; on a table, its workshop. */
  tables: string;
  parentId: string | null;
  /** Workshop: a session runs; once it ends, guests only read. */
  running: boolean;
}

/**
 * One visible idea as the board document holds it. Built from the API's idea by
 * `ideaEntry` (`ideas/card.ts`), on the server for the document and in the browser for
 * the answer's cards, so both carry the same fields.
 */
export interface BoardDocIdea {
  id: string;
  title: string;
  excerpt: string;
  kind: IdeaKind;
  category: string | null;
  status: IdeaStatus;
  authorName: string;
  createdAt: string;
  comments: number;
  /** Absent while tallies are hidden (a dot-voting board before the reveal). */
  votes?: number;
  projectId?: string;
  /** The office's public answer to the current status. */
  statusReason?: string;
  statusContact?: StatusContact;
  /** Names of the people who write the idea with its author, in the order they joined. */
  coauthors: string[];
  /** Present (true) while a manager has closed the comments. */
  commentsLocked?: true;
}

export const BOARD_META = "meta";
export const BOARD_IDEAS = "ideas";

/**
 * The version of this shape, kept in `meta` under BOARD_DOC_VERSION_KEY. The server
 * brings a stored document to it when loading (every entry is rewritten from SQL and keys
 * the shape no longer has are removed), so a stored document is never older than the
 * code that serves it. Changes that readers of the previous version can still read
 * (a new optional key) keep readers working; see docs/sync.md for the history.
 */
export const BOARD_DOC_VERSION = 3;
export const BOARD_DOC_VERSION_KEY = "schemaVersion";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isText = (v: unknown): v is string => typeof v === "string";
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function contactOf(value: unknown): StatusContact | undefined {
  if (!isRecord(value) || !isText(value.office)) return undefined;
  const contact: StatusContact = { office: value.office };
  for (const key of ["person", "email", "phone", "url"] as const) {
    const part = value[key];
    if (isText(part)) contact[key] = part;
  }
  return contact;
}

/**
 * An entry of `getMap("ideas")` as a reader may use it (the Y.Map's `toJSON()`), or
 * undefined when it lacks what a card needs: id (matching its key), title, a known kind
 * and status, author and date. Anything else that is missing or malformed is repaired
 * (counts to 0, lists to empty, category to none) or left out (optional keys), so one
 * bad entry neither breaks a page nor hides the rest of the board.
 */
export function readBoardIdea(value: unknown, key?: string): BoardDocIdea | undefined {
  if (!isRecord(value)) return undefined;
  const { id, title, kind, status, authorName, createdAt } = value;
  if (!isText(id) || id === "" || (key !== undefined && id !== key)) return undefined;
  if (!isText(title) || !isText(authorName) || !isText(createdAt)) return undefined;
  if (!(ideaKinds as readonly unknown[]).includes(kind)) return undefined;
  if (!(ideaStatuses as readonly unknown[]).includes(status)) return undefined;
  const entry: BoardDocIdea = {
    id,
    title,
    excerpt: isText(value.excerpt) ? value.excerpt : "",
    kind: kind as IdeaKind,
    category: isText(value.category) ? value.category : null,
    status: status as IdeaStatus,
    authorName,
    createdAt,
    comments: isCount(value.comments) ? value.comments : 0,
    coauthors: Array.isArray(value.coauthors) ? value.coauthors.filter(isText) : [],
  };
  if (isCount(value.votes)) entry.votes = value.votes;
  if (isText(value.projectId) && value.projectId !== "") entry.projectId = value.projectId;
  if (isText(value.statusReason) && value.statusReason !== "") entry.statusReason = value.statusReason;
  const contact = contactOf(value.statusContact);
  if (contact) entry.statusContact = contact;
  if (value.commentsLocked === true) entry.commentsLocked = true;
  return entry;
}
