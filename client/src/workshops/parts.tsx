import type { BoardDocMeta } from "@quer/shared/sync/board-doc";
import { type Phase, phases, timeLeft } from "@quer/shared/workshops/rules";
import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import type { MessageKey } from "../i18n/de.ts";
import { t } from "../i18n/i18n.ts";
import { serverNow } from "./workshop-api.ts";
import "./messages.ts";

export const isPhase = (value: unknown): value is Phase =>
  typeof value === "string" && (phases as readonly string[]).includes(value);

export function phaseName(phase: Phase): string {
  return t(`ws.phase.${phase}` as MessageKey);
}

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** The topic tables from `board:<id>` meta (JSON text); broken text counts as none. */
export function tablesOf(meta: Partial<BoardDocMeta>): { id: string; title: string }[] {
  try {
    const list = JSON.parse(meta.tables ?? "[]") as unknown;
    return Array.isArray(list)
      ? list.filter(
          (x): x is { id: string; title: string } =>
            typeof x?.id === "string" && typeof x?.title === "string",
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * A countdown from the board's timer fields: ticks while running, stands while paused,
 * and is absent when no timer is set. Says once, politely, when the time is up.
 */
export function createCountdown(meta: () => Partial<BoardDocMeta>, opts: { announceEnd?: boolean } = {}) {
  const [now, setNow] = createSignal(serverNow());
  const tick = setInterval(() => setNow(serverNow()), 250);
  onCleanup(() => clearInterval(tick));
  const running = () => typeof meta().timerEndsAt === "number";
  const paused = () => !running() && typeof meta().timerRemainingMs === "number";
  const left = () =>
    timeLeft({ endsAt: meta().timerEndsAt ?? null, remainingMs: meta().timerRemainingMs ?? null }, now());
  const set = () => running() || paused();
  if (opts.announceEnd) {
    createEffect(
      on(
        () => running() && left() === 0,
        (over, before) => {
          if (over && before === false) announce(t("ws.timeUp"));
        },
      ),
    );
  }
  return { left, running, paused, set };
}

/** The timer as text; `role="timer"` is not read out on every tick. */
export function Countdown(props: { countdown: ReturnType<typeof createCountdown>; class?: string }) {
  return (
    <Show when={props.countdown.set()}>
      <p class={props.class ?? "ws-timer"}>
        <span class="ws-timer-label">{t("ws.timer")}: </span>
        <span role="timer" class="ws-timer-value">
          {formatClock(props.countdown.left())}
        </span>
        <Show when={props.countdown.paused()}>
          <span class="ws-timer-paused"> ({t("ws.timerPaused")})</span>
        </Show>
      </p>
    </Show>
  );
}
