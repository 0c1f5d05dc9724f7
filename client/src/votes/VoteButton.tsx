import { useLocation } from "@solidjs/router";
import { Show } from "solid-js";
import { loginHref, user } from "../auth/session.ts";
import { t, tn } from "../i18n/i18n.ts";

/**
 * A toggle (aria-pressed) that says its state in words and shape, not by colour alone:
 * "Unterstützen" outlined, "Unterstützt ✓" filled, with a visible line on how to take it
 * back (people who never hover see it too). `describedBy` points at the idea's title so
 * each button is distinguishable in a list. Anonymous visitors get a sign-in link instead.
 */
export function VoteButton(props: {
  votes: number | undefined;
  pressed: boolean;
  describedBy: string;
  canVote: boolean;
  onToggle: () => void;
}) {
  const location = useLocation();
  const undoId = () => `${props.describedBy}-undo`;
  return (
    <div class="vote">
      <p class="vote-count">
        <Show when={props.votes !== undefined} fallback={t("idea.votesHidden")}>
          {tn("idea.votes", props.votes ?? 0)}
        </Show>
      </p>
      <Show when={user()}>
        <Show when={props.canVote}>
          <button
            type="button"
            class="vote-button"
            aria-pressed={props.pressed}
            aria-describedby={props.pressed ? `${props.describedBy} ${undoId()}` : props.describedBy}
            onClick={() => props.onToggle()}
          >
            <Show when={props.pressed} fallback={t("vote.up")}>
              {t("vote.done")}
              <span class="vote-mark" aria-hidden="true">
                ✓
              </span>
            </Show>
          </button>
          <Show when={props.pressed}>
            <p class="vote-undo" id={undoId()}>
              {t("vote.undoHint")}
            </p>
          </Show>
        </Show>
      </Show>
      <Show when={user() === null}>
        {/* Plain, as the card's title link: the router handles its click all the same. */}
        <a class="vote-signin" href={loginHref(location.pathname)}>
          {t("vote.signIn")}
        </a>
      </Show>
    </div>
  );
}
