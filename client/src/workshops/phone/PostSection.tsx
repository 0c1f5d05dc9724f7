import { IDEA_TITLE_MAX, IDEA_TITLE_MIN } from "@quer/shared/ideas/rules";
import { createSignal, For, Show } from "solid-js";
import { announce } from "../../app/announcer.ts";
import { t } from "../../i18n/i18n.ts";
import type { Outbox } from "../outbox.ts";
import "../messages.ts";

/** Posting an idea from a phone: queued in the outbox, so bad Wi-Fi loses nothing. */
export function PostSection(props: {
  outbox: Outbox;
  open: boolean;
  /** What to say while posting is closed; nothing is shown without it. */
  closedText?: string;
  onUsed: () => void;
}) {
  let postForm: HTMLFormElement | undefined;
  const [draft, setDraft] = createSignal("");
  const [draftError, setDraftError] = createSignal<string>();
  const submitPost = (e: SubmitEvent) => {
    e.preventDefault();
    const text = draft().trim().replace(/\s+/g, " ");
    if (text.length < IDEA_TITLE_MIN || text.length > IDEA_TITLE_MAX) {
      setDraftError(
        text.length < IDEA_TITLE_MIN
          ? t("field.minLength", { n: IDEA_TITLE_MIN })
          : t("field.maxLength", { n: IDEA_TITLE_MAX }),
      );
      postForm?.querySelector<HTMLElement>("#ws-post-title")?.focus();
      return;
    }
    setDraftError(undefined);
    props.onUsed();
    props.outbox.addPost(text);
    setDraft("");
    announce(t("ws.phone.post.queued", { title: text }));
  };

  return (
    <Show when={props.open || props.closedText}>
      <section class="ws-post" aria-labelledby="ws-post-heading">
        <h2 id="ws-post-heading">{t("ws.phone.post")}</h2>
        <Show when={props.open} fallback={<p class="ws-locked">{props.closedText}</p>}>
          <form ref={postForm} class="form" novalidate onSubmit={submitPost}>
            <div class="field">
              <label for="ws-post-title">{t("ws.phone.post.title")}</label>
              <input
                id="ws-post-title"
                type="text"
                maxLength={IDEA_TITLE_MAX}
                autocomplete="off"
                value={draft()}
                onInput={(e) => setDraft(e.currentTarget.value)}
                aria-invalid={draftError() ? "true" : undefined}
                aria-describedby={draftError() ? "ws-post-title-error" : undefined}
              />
              <Show when={draftError()}>
                <p id="ws-post-title-error" class="field-error">
                  {draftError()}
                </p>
              </Show>
            </div>
            <button type="submit" class="button button-primary">
              {t("ws.phone.post.submit")}
            </button>
          </form>
        </Show>
      </section>
    </Show>
  );
}

/** What waits in the outbox, said politely as it changes. */
export function QueueStatus(props: { outbox: Outbox; used: boolean }) {
  const text = () => {
    const n = props.outbox.size();
    if (n === 0) return props.used ? t("ws.queue.empty") : "";
    if (props.outbox.state() === "sending" && navigator.onLine) return t("ws.queue.sending");
    return n === 1 ? t("ws.queue.waitingOne") : t("ws.queue.waiting", { n });
  };
  return (
    <div class="ws-queue" role="status">
      <Show when={text()}>
        <p>{text()}</p>
      </Show>
      <Show when={props.outbox.posts().length > 0}>
        <ul class="ws-queue-list">
          <For each={props.outbox.posts()}>{(post) => <li>{post.title}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
