/**
 * Pure workshop rules, without zod so phones load them cheaply: join codes, phases,
 * the timer and the shape of `canvas:<boardId>`.
 */

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes read aloud or off a projector are not mistaken. */
export const JOIN_CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

/** Accepts what people type: lower case, spaces, dashes. Null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** Shown as "ABC-DEF" on screens: two groups are easier to read out. */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

export const phases = ["collect", "cluster", "vote", "results"] as const;
export type Phase = (typeof phases)[number];

export interface TimerState {
  /** Epoch ms when a running timer ends. */
  endsAt: number | null;
  /** Ms left on a paused timer. */
  remainingMs: number | null;
}

/** Milliseconds left at `now`; 0 when over or unset. */
export function timeLeft(timer: TimerState, now: number): number {
  if (timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return Math.max(0, timer.remainingMs ?? 0);
}

export type TimerAction =
  | { action: "start"; seconds: number }
  | { action: "pause" }
  | { action: "resume" }
  | { action: "add"; seconds: number }
  | { action: "reset" };

/** The timer after a facilitator's action. */
export function nextTimer(timer: TimerState, act: TimerAction, now: number): TimerState {
  switch (act.action) {
    case "start":
      return { endsAt: now + act.seconds * 1000, remainingMs: null };
    case "pause":
      return timer.endsAt === null ? timer : { endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) };
    case "resume":
      return timer.remainingMs === null ? timer : { endsAt: now + timer.remainingMs, remainingMs: null };
    case "add":
      if (timer.endsAt !== null)
        return { endsAt: Math.max(timer.endsAt, now) + act.seconds * 1000, remainingMs: null };
      return { endsAt: null, remainingMs: (timer.remainingMs ?? 0) + act.seconds * 1000 };
    case "reset":
      return { endsAt: null, remainingMs: null };
  }
}

/**
 * Shape of `canvas:<boardId>` (co-edited by the facilitator, and participants when
 * allowed): `getMap("groups")`: groupId → Y.Map {id, name, order}; `getMap("placement")`:
 * ideaId → groupId (absent: not yet grouped). Ideas themselves stay in `board:<id>`.
 */
export const CANVAS_GROUPS = "groups";
export const CANVAS_PLACEMENT = "placement";
