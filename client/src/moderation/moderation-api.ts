import type { AuditEntry, Idea, IdeaStatus, ReportSummary, StatusContact } from "@quer/shared";
import { api } from "../api/client.ts";
import type { StatusStep } from "../ideas/idea-api.ts";

const enc = encodeURIComponent;

export type ModeratedIdea = Idea & { statusHistory?: StatusStep[]; commentsLocked?: boolean };

export interface Queue {
  pending: Idea[];
  reports: ReportSummary[];
}

export interface Person {
  id: string;
  name: string;
  role: "guest" | "resident" | "manager";
  blocked: boolean;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

export const fetchQueue = () => api<Queue>("GET", "/moderation/queue");

export async function setStatus(
  id: string,
  input: { status: IdeaStatus; reason?: string; contact?: StatusContact },
): Promise<Idea> {
  return (await api<{ idea: Idea }>("POST", `/ideas/${enc(id)}/status`, input)).idea;
}

export async function hideIdea(id: string, reason: string): Promise<Idea> {
  return (await api<{ idea: Idea }>("POST", `/ideas/${enc(id)}/hide`, { reason })).idea;
}

export async function restoreIdea(id: string): Promise<Idea> {
  return (await api<{ idea: Idea }>("POST", `/ideas/${enc(id)}/restore`)).idea;
}

export async function approveIdea(id: string): Promise<Idea> {
  return (await api<{ idea: Idea }>("POST", `/ideas/${enc(id)}/approve`)).idea;
}

export async function editIdea(
  id: string,
  input: { title?: string; body?: string; commentsLocked?: boolean },
): Promise<ModeratedIdea> {
  return (await api<{ idea: ModeratedIdea }>("PATCH", `/ideas/${enc(id)}`, input)).idea;
}

export const hideComment = (id: string, reason: string) =>
  api<{ ok: true }>("POST", `/comments/${enc(id)}/hide`, { reason });
export const restoreComment = (id: string) => api<{ ok: true }>("POST", `/comments/${enc(id)}/restore`);

export const mergeIdea = (id: string, into: string) =>
  api<{ idea: Idea; into: Idea; moved: { votes: number; comments: number } }>(
    "POST",
    `/ideas/${enc(id)}/merge`,
    { into },
  );
export const unmergeIdea = (id: string) => api<{ idea: Idea }>("POST", `/ideas/${enc(id)}/unmerge`);

export const reportIdea = (id: string, reason: string) =>
  api<{ ok: true }>("POST", `/ideas/${enc(id)}/report`, { reason });
export const reportComment = (id: string, reason: string) =>
  api<{ ok: true }>("POST", `/comments/${enc(id)}/report`, { reason });
export const dismissReport = (target: string) =>
  api<{ ok: true }>("POST", `/moderation/reports/${enc(target)}/dismiss`);

export async function findPeople(q: string): Promise<Person[]> {
  const query = q.trim() ? `?q=${enc(q.trim())}` : "";
  return (await api<{ people: Person[] }>("GET", `/moderation/people${query}`)).people;
}
export const blockPerson = (id: string, reason?: string) =>
  api<{ person: Person }>("POST", `/people/${enc(id)}/block`, reason ? { reason } : {});
export const unblockPerson = (id: string) => api<{ person: Person }>("POST", `/people/${enc(id)}/unblock`);

export function fetchAudit(filter: { action?: string; target?: string; before?: number }) {
  const params = new URLSearchParams();
  if (filter.action) params.set("action", filter.action);
  if (filter.target) params.set("target", filter.target);
  if (filter.before) params.set("before", String(filter.before));
  const query = params.toString();
  return api<{ entries: AuditEntry[]; next: number | null }>("GET", `/audit${query ? `?${query}` : ""}`);
}

export const fetchOutbox = () => api<{ smtp: boolean; mails: OutboxMail[] }>("GET", "/moderation/outbox");
