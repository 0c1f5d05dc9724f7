import type { Phase, TimerAction, TimerState } from "@quer/shared/workshops/rules";
import type { ClientResponse } from "hono/client";
import { createSignal } from "solid-js";
import { type Answer, call, callText, seg, server } from "../api/client.ts";

const board = server.boards[":id"];
const param = (id: string) => ({ param: { id: seg(id) } });
const href = (id: string) => `/api/boards/${seg(id)}`;

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
  const serverTime = Date.parse(header);
  if (Number.isNaN(serverTime)) return;
  const local = (sentAt + Date.now()) / 2;
  const diff = serverTime + 500 - local;
  if (Math.abs(diff - clockOffset()) > 2000) setClockOffset(diff);
}

/** A workshop's latest session, as `GET /api/boards/:id/session` answers it. */
export type SessionInfo = Awaited<ReturnType<typeof fetchSession>>;

/** What starting a session answers: the session's whole record, as reading it gives. */
export type StartedSession = Awaited<ReturnType<typeof startSession>>;

/** The plenary, as `GET /api/boards/:id/plenary` answers it. */
export type PlenaryAnswer = Awaited<ReturnType<typeof fetchPlenary>>;

export const fetchSession = (id: string) => call(board.session.$get(param(id)));
export const startSession = (id: string) => call(board.session.$post({ ...param(id), json: {} }));
export const endSession = (id: string) => call(board.session.$delete(param(id)));
export const setPhase = (id: string, phase: Phase) =>
  call(board.phase.$post({ ...param(id), json: { phase } }));
export const reveal = (id: string) => call(board.reveal.$post(param(id)));
export const spotlight = (id: string, ideaId: string | null) =>
  call(board.spotlight.$post({ ...param(id), json: { ideaId } }));
export const addTable = (id: string, title: string) =>
  call(board.tables.$post({ ...param(id), json: { title } }));
/** The workshop's settings as the route takes them (`workshopSettingsInput`). */
export type WorkshopSettings = Parameters<typeof board.workshop.$patch>[0]["json"];
export const updateWorkshop = (id: string, input: WorkshopSettings) =>
  call(board.workshop.$patch({ ...param(id), json: input }));
export const qrSrc = (id: string) => `${href(id)}/qr.svg`;
export const minutesHref = (id: string) => `${href(id)}/minutes.md`;

const sendTimer = (id: string, act: TimerAction) => call(board.timer.$post({ ...param(id), json: act }));

/** What a timer command answers: the countdown, and the server's clock. */
export type TimerAnswer = Awaited<ReturnType<typeof sendTimer>>;

export async function timer(id: string, act: TimerAction): Promise<TimerState> {
  const sentAt = Date.now();
  const answer = await sendTimer(id, act);
  setClockOffset(answer.now - (sentAt + Date.now()) / 2);
  return answer.timer;
}

export const fetchPlenary = (id: string) => call(board.plenary.$get(param(id)));

export const joinWorkshop = (code: string, name?: string) =>
  call(server.join.$post({ json: { code, ...(name ? { name } : {}) } }));

/** The minutes as Markdown; errors as ApiError like every other call. */
export const fetchMinutes = (id: string) => callText(board["minutes.md"].$get(param(id)));

/** A command from the outbox, with the server's clock read from its answer's `Date`. */
function clocked<R extends ClientResponse<unknown, number, string>>(
  send: () => Promise<R>,
): Promise<Answer<R>> {
  const sentAt = Date.now();
  return call(send(), (res) => noteServerDate(res, sentAt));
}

/**
 * Posts from the outbox carry an Idempotency-Key, so the server creates the idea once
 * however often the phone resends it.
 */
export const sendPost = (boardId: string, title: string, key: string) =>
  clocked(() =>
    board.ideas.$post({ ...param(boardId), json: { title } }, { headers: { "Idempotency-Key": key } }),
  );

/** A dot vote from the outbox: the dots this person wants on the idea in the end. */
export const sendDots = (ideaId: string, dots: number) =>
  clocked(() => server.ideas[":id"].vote.$put({ ...param(ideaId), json: { dots } }));
