import type { CreateIdeaInput, Idea, IdeaStatus, StatusContact } from "@quer/shared";
import { api } from "../api/client.ts";

export interface StatusStep {
  status: IdeaStatus;
  reason?: string;
  contact?: StatusContact;
  /** On the step where the idea became a project. */
  projectId?: string;
  at: string;
}

export async function fetchIdea(id: string): Promise<Idea & { statusHistory?: StatusStep[] }> {
  return (
    await api<{ idea: Idea & { statusHistory?: StatusStep[] } }>("GET", `/ideas/${encodeURIComponent(id)}`)
  ).idea;
}

export async function postIdea(boardId: string, input: CreateIdeaInput): Promise<Idea> {
  return (await api<{ idea: Idea }>("POST", `/boards/${encodeURIComponent(boardId)}/ideas`, input)).idea;
}

/** The idea page's answer: the idea, who writes it with the author, and what this person may do. */
export interface IdeaAnswer {
  idea: Idea & { statusHistory?: StatusStep[]; commentsLocked?: boolean };
  coauthors: { id: string; name: string }[];
  canEdit: boolean;
  canManageCoauthors: boolean;
}

export function fetchIdeaAnswer(id: string): Promise<IdeaAnswer> {
  return api<IdeaAnswer>("GET", `/ideas/${encodeURIComponent(id)}`);
}
