import { A } from "@solidjs/router";
import { onMount } from "solid-js";
import { t } from "../i18n/i18n.ts";

/** What the new-idea page hands the board page in the history entry's state. */
export interface PostedState {
  id: string;
  pending: boolean;
}

export function postedFrom(state: unknown): PostedState | undefined {
  const posted = (state as { posted?: unknown } | null | undefined)?.posted as
    | Partial<PostedState>
    | undefined;
  return typeof posted?.id === "string" ? { id: posted.id, pending: posted.pending === true } : undefined;
}

/**
 * Said right after posting, at the top of the board beside the new post: what happens
 * next (checked first, or who answers), and where to follow it. It takes the focus once
 * the page has its heading focused, so a screen reader reads it and a phone shows it.
 */
export function PostedNote(props: { pending: boolean }) {
  let el: HTMLDivElement | undefined;
  onMount(() => requestAnimationFrame(() => el?.focus()));
  return (
    <div ref={el} tabIndex={-1} class="posted-note" id="posted-note">
      <p>
        <strong>{props.pending ? t("posted.pending") : t("posted.public")}</strong>
      </p>
      <p>
        {t("posted.notify")} <A href="/my-ideas">{t("posted.follow")}</A>
      </p>
    </div>
  );
}
