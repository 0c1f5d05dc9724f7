import type { Idea, StatusContact } from "@quer/shared";
import { ANONYMOUS_AUTHOR, type IdeaWithAuthor } from "./repo.ts";

export interface ViewOptions {
  /** Whether tallies may be shown to the person asking. */
  showTally: boolean;
  mine?: number | undefined;
  viewerId?: string | null;
  /** The co-authors' names, in the order they joined; credited on cards and the idea page. */
  coauthorNames?: readonly string[] | undefined;
}

/** An idea row as the API answers it (contract: "An idea in any answer"). */
export function ideaView({ idea, authorName }: IdeaWithAuthor, options: ViewOptions): Idea {
  const view: Idea = {
    id: idea.id,
    boardId: idea.boardId,
    title: idea.title,
    body: idea.body,
    kind: idea.kind,
    category: idea.category,
    status: idea.status,
    authorName: authorName ?? ANONYMOUS_AUTHOR,
    createdAt: new Date(idea.createdAt).toISOString(),
    comments: idea.commentCount,
  };
  if (options.showTally) view.votes = idea.voteCount;
  if (options.mine !== undefined) view.mine = options.mine;
  if (options.viewerId && idea.authorId === options.viewerId) view.own = true;
  if (idea.statusReason) view.statusReason = idea.statusReason;
  if (idea.statusContact) view.statusContact = idea.statusContact as StatusContact;
  if (idea.pending) view.moderation = "pending";
  if (idea.hiddenAt !== null) {
    view.hidden = { reason: idea.hiddenReason ?? "", at: new Date(idea.hiddenAt).toISOString() };
  }
  if (idea.mergedInto) view.mergedInto = idea.mergedInto;
  if (idea.projectId) view.projectId = idea.projectId;
  if (idea.commentsLocked) view.commentsLocked = true;
  if (options.coauthorNames && options.coauthorNames.length > 0)
    view.coauthorNames = [...options.coauthorNames];
  return view;
}
