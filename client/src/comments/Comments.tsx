import type { Comment } from "@quer/shared/comments/thread";
import { COMMENT_MAX, threadOrder } from "@quer/shared/comments/thread";
import { A } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { ApiError, call, seg, server } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import {
  FieldError,
  FormAlert,
  fieldAria,
  formErrorText,
  maxLength,
  required,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { loginHref, user } from "../auth/session.ts";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { locale, t, tn } from "../i18n/i18n.ts";
import { ReportComment } from "../moderation/ReportComment.tsx";
import "./comments.css";
import "./messages.ts";

const comments = server.ideas[":id"].comments;

/**
 * Comments with one level of replies. The list stays live: `count` is the idea's
 * `comments` count in its `board:<id>` (written by the server in the same transaction as
 * the comment), which the idea page follows; when it moves, the list is fetched again.
 */
export default function Comments(props: { ideaId: string; locked?: boolean; count?: number | undefined }) {
  const [list, setList] = createSignal<Comment[]>();
  const [loadError, setLoadError] = createSignal<ApiError>();
  const locked = () => props.locked ?? false;
  let request = 0;
  let known: Set<string> | undefined;

  const load = async () => {
    const mine = ++request;
    try {
      const res = await call(comments.$get({ param: { id: seg(props.ideaId) } }));
      if (mine !== request) return;
      const fresh = known ? res.comments.filter((c) => !known?.has(c.id) && !c.own) : [];
      known = new Set(res.comments.map((c) => c.id));
      setList(res.comments);
      setLoadError(undefined);
      for (const c of fresh) {
        announce(
          t(c.parentId ? "comments.newReply" : "comments.newComment", { name: c.authorName, text: c.body }),
        );
      }
    } catch (error) {
      if (mine === request) setLoadError(error instanceof ApiError ? error : undefined);
    }
  };
  // Signing in or out changes `own`.
  createEffect(on(user, () => void load()));

  createEffect(
    on(
      () => props.count,
      (now, before) => {
        if (before !== undefined && now !== undefined && now !== before) void load();
      },
    ),
  );

  const threads = createMemo(() => threadOrder(list() ?? []));
  const added = (comment: Comment) => {
    known?.add(comment.id);
    setList((l) => [...(l ?? []), comment]);
  };

  return (
    <section class="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        {t("comments.heading")} <span class="count">({tn("idea.comments", list()?.length ?? 0)})</span>
      </h2>
      <Show when={loadError()}>
        <p role="alert">{t("comments.loadError")}</p>
      </Show>
      <Show when={list()} fallback={<p class="loading">{t("app.loading")}</p>}>
        <Show when={threads().length > 0} fallback={<p>{t("comments.empty")}</p>}>
          <ol class="comment-list">
            <For each={threads()}>
              {(thread) => (
                <li>
                  <CommentView comment={thread.comment} />
                  <Show when={thread.replies.length > 0}>
                    <ol
                      class="comment-list replies"
                      aria-label={t("comments.repliesTo", { name: thread.comment.authorName })}
                    >
                      <For each={thread.replies}>
                        {(reply) => (
                          <li>
                            <CommentView comment={reply} />
                          </li>
                        )}
                      </For>
                    </ol>
                  </Show>
                  <Show when={user() && !locked()}>
                    <ReplyToggle ideaId={props.ideaId} parent={thread.comment} onDone={added} />
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Show>
      <Show when={locked()}>
        <p class="locked-note">{t("comments.locked")}</p>
      </Show>
      <Show when={!locked()}>
        <Show
          when={user()}
          fallback={
            <Show when={user() === null}>
              <p>
                <A href={loginHref(location.pathname)}>{t("comments.signIn")}</A>
              </p>
            </Show>
          }
        >
          <CommentForm
            ideaId={props.ideaId}
            id="comment-new"
            label={t("comments.field")}
            submit={t("comments.submit")}
            onDone={added}
          />
        </Show>
      </Show>
    </section>
  );
}

function CommentView(props: { comment: Comment }) {
  return (
    <article class="comment" aria-label={t("comments.by", { name: props.comment.authorName })}>
      <p class="comment-meta">
        <span class="comment-author">{props.comment.authorName}</span>
        {" · "}
        <time datetime={props.comment.createdAt} title={formatDateTime(props.comment.createdAt)}>
          {formatWhen(props.comment.createdAt)}
        </time>
      </p>
      <p class="comment-body">{props.comment.body}</p>
      <ReportComment comment={props.comment} />
    </article>
  );
}

function ReplyToggle(props: { ideaId: string; parent: Comment; onDone: (c: Comment) => void }) {
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  const formId = `reply-${props.parent.id}`;
  const close = () => {
    setOpen(false);
    queueMicrotask(() => button?.focus());
  };
  return (
    <div class="reply">
      <button
        ref={button}
        type="button"
        class="button button-small"
        aria-expanded={open()}
        aria-controls={open() ? formId : undefined}
        onClick={() => {
          setOpen(!open());
          if (open()) queueMicrotask(() => document.getElementById(`${formId}-body`)?.focus());
        }}
      >
        {t("comments.reply")}
        <span class="visually-hidden"> {t("comments.replyTo", { name: props.parent.authorName })}</span>
      </button>
      <Show when={open()}>
        <div id={formId}>
          <CommentForm
            ideaId={props.ideaId}
            id={formId}
            parentId={props.parent.id}
            label={t("comments.replyField", { name: props.parent.authorName })}
            submit={t("comments.replySubmit")}
            onDone={(c) => {
              props.onDone(c);
              close();
            }}
            onCancel={close}
          />
        </div>
      </Show>
    </div>
  );
}

function CommentForm(props: {
  ideaId: string;
  id: string;
  parentId?: string;
  label: string;
  submit: string;
  onDone: (c: Comment) => void;
  onCancel?: () => void;
}) {
  const field = `${props.id}-body`;
  let textarea: HTMLTextAreaElement | undefined;
  const { errors, alert, busy, submit } = createForm({
    invalidAlert: false,
    alertFor: (error) =>
      error instanceof ApiError && error.status === 403 ? t("comments.forbidden") : formErrorText(error),
    errorsFor: (error) => {
      const server = serverFieldErrors(error, locale());
      return server.body ? { [field]: server.body } : {};
    },
    // Back to the text after any failure, so it can be fixed or sent again.
    focus: () => textarea?.focus(),
  });

  const onSubmit = submit(() => {
    if (!textarea) return undefined;
    const input = textarea;
    const body = input.value.trim();
    const problem = required(body) ?? maxLength(body, COMMENT_MAX);
    if (problem) return { [field]: problem };
    return async () => {
      const payload = props.parentId ? { body, parentId: props.parentId } : { body };
      const res = await call(comments.$post({ param: { id: seg(props.ideaId) }, json: payload }));
      input.value = "";
      announce(t("comments.sent"));
      props.onDone(res.comment);
    };
  });

  return (
    <form class="form comment-form" novalidate onSubmit={onSubmit}>
      <FormAlert message={alert()} />
      <div class="field">
        <label for={field}>{props.label}</label>
        <textarea
          ref={textarea}
          id={field}
          name="body"
          rows={3}
          maxLength={COMMENT_MAX}
          {...fieldAria(field, errors())}
        />
        <FieldError field={field} errors={errors()} />
      </div>
      <div class="form-actions">
        <SubmitButton busy={busy()} label={props.submit} />
        <Show when={props.onCancel}>
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t("manage.cancel")}
          </button>
        </Show>
      </div>
    </form>
  );
}
