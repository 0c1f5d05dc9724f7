import { api } from "../api/client.ts";

export interface VoteAnswer {
  votes?: number;
  mine: number;
}

const path = (ideaId: string) => `/ideas/${encodeURIComponent(ideaId)}/vote`;

/** Up-voting boards take no body; dot boards set this person's dots on the idea. */
export function castVote(ideaId: string, kind: "up" | "dots"): Promise<VoteAnswer> {
  return api<VoteAnswer>("PUT", path(ideaId), kind === "dots" ? { dots: 1 } : undefined);
}

export function withdrawVote(ideaId: string): Promise<VoteAnswer> {
  return api<VoteAnswer>("DELETE", path(ideaId));
}
