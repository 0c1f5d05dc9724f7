import type { AnswerTime } from "@quer/shared/moderation/answers";
import { Show } from "solid-js";
import { tn } from "../i18n/i18n.ts";

/**
 * How quickly the office answers posts on this board, so residents know what to expect.
 * Shown only once enough answers make the median honest (the server sends null before).
 */
export function AnswerTimeNote(props: { answerTime: AnswerTime | undefined }) {
  return (
    <Show when={props.answerTime?.medianDays ?? undefined}>
      {(days) => <p class="answer-time">{tn("board.answerTime", days())}</p>}
    </Show>
  );
}
