import { Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { t, tn } from "../i18n/i18n.ts";
import { holdLive, liveHeld } from "./live-pause.ts";

/**
 * The switch that holds the board's live stream, and how many new posts wait behind it.
 * The count sits in a status region that is there from the start, so changes are read
 * out politely.
 */
export function LivePause(props: { waiting: number }) {
  const toggle = () => {
    const next = !liveHeld();
    holdLive(next);
    announce(t(next ? "board.live.held" : "board.live.resumed"));
  };
  return (
    <div class="live-pause">
      <button type="button" class="button" onClick={toggle}>
        {liveHeld() ? t("board.live.resume") : t("board.live.hold")}
      </button>
      <p class="live-pause-waiting" role="status" aria-live="polite">
        <Show when={liveHeld()}>
          {props.waiting > 0 ? tn("board.live.waiting", props.waiting) : t("board.live.heldNote")}
        </Show>
      </p>
    </div>
  );
}
