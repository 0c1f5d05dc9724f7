import type { Idea, StatusInput } from "@quer/shared";
import type { InferResponseType } from "hono/client";
import { call, seg, server } from "../api/client.ts";
import type { StatusStep } from "../ideas/idea-api.ts";

const idea = server.ideas[":id"];
const comment = server.comments[":id"];
const desk = server.moderation;

/** An idea on the manager's desk: from the queue, or from the idea page with its history. */
export type ModeratedIdea = Idea & { statusHistory?: StatusStep[] };

/** `GET /api/moderation/queue`: pending ideas and open reports, as the server declares them. */
export type Queue = InferResponseType<typeof desk.queue.$get, 200>;

/** A person on the desk's list, as `GET /api/moderation/people` answers. */
export type Person = InferResponseType<typeof desk.people.$get, 200>["people"][number];

/** A mail of the outbox, as `GET /api/moderation/outbox` answers. */
export type OutboxMail = InferResponseType<typeof desk.outbox.$get, 200>["mails"][number];

const param = (id: string) => ({ param: { id: seg(id) } });

export const fetchQueue = () => call(desk.queue.$get());

/** A post waiting for the office's answer, as `GET /api/moderation/waiting` answers. */
export type WaitingPost = InferResponseType<typeof desk.waiting.$get, 200>["waiting"][number];

export const fetchWaiting = async () => (await call(desk.waiting.$get())).waiting;

export async function setStatus(id: string, input: StatusInput): Promise<Idea> {
  return (await call(idea.status.$post({ ...param(id), json: input }))).idea;
}

export async function hideIdea(id: string, reason: string): Promise<Idea> {
  return (await call(idea.hide.$post({ ...param(id), json: { reason } }))).idea;
}

export async function restoreIdea(id: string): Promise<Idea> {
  return (await call(idea.restore.$post(param(id)))).idea;
}

export async function approveIdea(id: string): Promise<Idea> {
  return (await call(idea.approve.$post(param(id)))).idea;
}

export async function editIdea(
  id: string,
  input: { title?: string; body?: string; commentsLocked?: boolean },
): Promise<ModeratedIdea> {
  return (await call(idea.$patch({ ...param(id), json: input }))).idea;
}

export const hideComment = (id: string, reason: string) =>
  call(comment.hide.$post({ ...param(id), json: { reason } }));
export const restoreComment = (id: string) => call(comment.restore.$post(param(id)));

export const mergeIdea = (id: string, into: string) =>
  call(idea.merge.$post({ ...param(id), json: { into } }));
export const unmergeIdea = (id: string) => call(idea.unmerge.$post(param(id)));

export const reportIdea = (id: string, reason: string) =>
  call(idea.report.$post({ ...param(id), json: { reason } }));
export const reportComment = (id: string, reason: string) =>
  call(comment.report.$post({ ...param(id), json: { reason } }));
export const dismissReport = (target: string) =>
  call(desk.reports[":target"].dismiss.$post({ param: { target: seg(target) } }));

export async function findPeople(q: string): Promise<Person[]> {
  return (await call(desk.people.$get({ query: q.trim() ? { q: q.trim() } : {} }))).people;
}
export const blockPerson = (id: string, reason?: string) =>
  call(server.people[":id"].block.$post({ ...param(id), json: reason ? { reason } : {} }));
export const unblockPerson = (id: string) => call(server.people[":id"].unblock.$post(param(id)));

export function fetchAudit(filter: { action?: string; target?: string; before?: number }) {
  const query: { action?: string; target?: string; before?: string } = {};
  if (filter.action) query.action = filter.action;
  if (filter.target) query.target = filter.target;
  if (filter.before) query.before = String(filter.before);
  return call(server.audit.$get({ query }));
}

export const fetchOutbox = () => call(desk.outbox.$get());
