import { createSignal, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { timer } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** One countdown for the whole evening: start, pause, resume, a minute more, reset. */
export function TimerPanel(props: { f: Facilitation }) {
  const f = props.f;
  const [minutes, setMinutes] = createSignal("5");
  const act = (command: Parameters<typeof timer>[1]) => f.run("timer", () => timer(f.id, command));
  const start = (e: SubmitEvent) => {
    e.preventDefault();
    const m = Number(minutes().replace(",", "."));
    if (!Number.isFinite(m) || m <= 0 || m > 240) {
      f.setAlert("timer", t("error.invalid"));
      return;
    }
    void act({ action: "start", seconds: Math.max(10, Math.round(m * 60)) });
  };
  return (
    <Panel id="ws-timer" title={t("ws.fac.timer")} alert={f.alert("timer")}>
      <form class="ws-inline-form" onSubmit={start}>
        <label for="ws-minutes">{t("ws.fac.minutesInput")}</label>
        <input
          id="ws-minutes"
          type="number"
          inputmode="decimal"
          min="1"
          max="240"
          value={minutes()}
          onInput={(e) => setMinutes(e.currentTarget.value)}
        />
        <button type="submit" class="button button-primary">
          {t("ws.fac.timerStart")}
        </button>
      </form>
      <div class="form-actions">
        <Show
          when={f.countdown.paused()}
          fallback={
            <button
              type="button"
              class="button"
              aria-disabled={!f.countdown.running()}
              onClick={() => f.countdown.running() && act({ action: "pause" })}
            >
              {t("ws.fac.timerPause")}
            </button>
          }
        >
          <button type="button" class="button" onClick={() => act({ action: "resume" })}>
            {t("ws.fac.timerResume")}
          </button>
        </Show>
        <button type="button" class="button" onClick={() => act({ action: "add", seconds: 60 })}>
          {t("ws.fac.timerAdd")}
        </button>
        <button type="button" class="button" onClick={() => act({ action: "reset" })}>
          {t("ws.fac.timerReset")}
        </button>
      </div>
    </Panel>
  );
}
