import type { Idea, PublicUser } from "@quer/shared";
import type { Phase, TimerAction, TimerState } from "@quer/shared/workshops/rules";
import { createSignal } from "solid-js";
import { ApiError, api } from "../api/client.ts";

const board = (id: string) => `/boards/${encodeURIComponent(id)}`;

/**
 * Server clock minus this device's clock, in ms. Countdowns run on local time corrected
 * by it, so a projector with a wrong clock still shows the facilitator's timer.
 */
const [clockOffset, setClockOffset] = createSignal(0);

export { clockOffset };

export const serverNow = () => Date.now() + clockOffset();

/** From an answer's Date header (second precision): only corrects clocks that are clearly off. */
function noteServerDate(res: Response, sentAt: number): void {
  const header = res.headers.get("date");
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  const local = (sentAt + Date.now()) / 2;
  const diff = server + 500 - local;
  if (Math.abs(diff - clockOffset()) > 2000) setClockOffset(diff);
}

export interface SessionInfo {
  code: string;
  display: string;
  joinUrl: string;
  active?: boolean;
  retentionDays?: number;
}

export const fetchSession = (id: string) => api<SessionInfo>("GET", `${board(id)}/session`);
export const startSession = (id: string) => api<SessionInfo>("POST", `${board(id)}/session`, {});
export const endSession = (id: string) => api<{ ok: true }>("DELETE", `${board(id)}/session`);
export const setPhase = (id: string, phase: Phase) =>
  api<{ phase: Phase }>("POST", `${board(id)}/phase`, { phase });
export const reveal = (id: string) => api<{ revealed: true }>("POST", `${board(id)}/reveal`);
export const spotlight = (id: string, ideaId: string | null) =>
  api<{ spotlight: string | null }>("POST", `${board(id)}/spotlight`, { ideaId });
export const addTable = (id: string, title: string) =>
  api<{ table: { id: string; title: string } }>("POST", `${board(id)}/tables`, { title });
export const updateWorkshop = (
  id: string,
  input: { participantCanvas?: boolean; postingOpen?: boolean; retentionDays?: number },
) => api<{ ok: true }>("PATCH", `${board(id)}/workshop`, input);
export const qrSrc = (id: string) => `/api${board(id)}/qr.svg`;
export const minutesHref = (id: string) => `/api${board(id)}/minutes.md`;

export async function timer(id: string, act: TimerAction): Promise<TimerState> {
  const sentAt = Date.now();
  const answer = await api<{ timer: TimerState; now: number }>("POST", `${board(id)}/timer`, act);
  setClockOffset(answer.now - (sentAt + Date.now()) / 2);
  return answer.timer;
}

export interface PlenaryAnswer {
  tables: { id: string; title: string }[];
  /** The plenary's groups: every table's canvas rolled up with the workshop's own. */
  groups: { id: string; name: string; order: number }[];
  ideas: (Idea & { tableId: string; groupId: string | null })[];
}
export const fetchPlenary = (id: string) => api<PlenaryAnswer>("GET", `${board(id)}/plenary`);

export const joinWorkshop = (code: string, name?: string) =>
  api<{ board: { id: string }; guest: boolean; user?: PublicUser }>("POST", "/join", {
    code,
    ...(name ? { name } : {}),
  });

/** Plain text answers (the minutes); errors as ApiError like every other call. */
export async function fetchText(path: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  if (res.ok) return res.text();
  let code = "internal";
  let message = res.statusText;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    // Not JSON; the status decides.
  }
  throw new ApiError(res.status, code as ApiError["code"], message);
}

/**
 * A command that may be resent: posts carry an Idempotency-Key, so the server creates the
 * idea once however often the phone retries.
 */
export async function sendJson<T>(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  let res: Response;
  const sentAt = Date.now();
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: "same-origin",
      headers: { accept: "application/json", "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", "network");
  }
  noteServerDate(res, sentAt);
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // Empty body.
  }
  if (res.ok) return data as T;
  const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
  throw new ApiError(
    res.status,
    (error?.code ?? (res.status >= 500 ? "internal" : "invalid")) as ApiError["code"],
    error?.message ?? res.statusText,
  );
}
