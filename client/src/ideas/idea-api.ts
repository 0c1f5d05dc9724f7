import type { CreateIdeaInput, Idea } from "@quer/shared";
import type { InferResponseType } from "hono/client";
import { call, seg, server } from "../api/client.ts";

const idea = server.ideas[":id"];

/** The idea page's answer: the idea, who writes it with the author, and what this person may do. */
export type IdeaAnswer = InferResponseType<typeof idea.$get, 200>;

/** A step of an idea's public status history. */
export type StatusStep = IdeaAnswer["idea"]["statusHistory"][number];

export function fetchIdeaAnswer(id: string): Promise<IdeaAnswer> {
  return call(idea.$get({ param: { id: seg(id) } }));
}

export async function fetchIdea(id: string): Promise<IdeaAnswer["idea"]> {
  return (await fetchIdeaAnswer(id)).idea;
}

export async function postIdea(boardId: string, input: CreateIdeaInput): Promise<Idea> {
  return (await call(server.boards[":id"].ideas.$post({ param: { id: seg(boardId) }, json: input }))).idea;
}
