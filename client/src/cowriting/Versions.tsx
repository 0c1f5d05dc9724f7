import type { IdeaVersion } from "@quer/shared/ideas/history";
import { IDEA_TITLE_MIN } from "@quer/shared/ideas/rules";
import { createSignal, For, type JSX, onCleanup, Show } from "solid-js";
import { call, seg, server } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert, formErrorText } from "../app/forms.tsx";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { intlTag, perLocale, t, tn } from "../i18n/i18n.ts";
import { asKept, changeOf, shorten } from "./version-change.ts";
import "./messages.ts";

const names = perLocale((l) => new Intl.ListFormat(intlTag(l), { type: "conjunction" }));

/**
 * The kept versions of an idea's text, for the people who may write it: behind a
 * disclosure button under the editor, newest first, each with when, who and what changed,
 * and a way back to it after a confirmation. The restored text reaches the editor through
 * the document like anyone's edit.
 */
export function Versions(props: {
  ideaId: string;
  /** The text as the editor holds it now, to mark the version that is the current text. */
  current: () => { title: string; body: string };
}) {
  const [open, setOpen] = createSignal(false);
  const [versions, setVersions] = createSignal<IdeaVersion[]>();
  const [loading, setLoading] = createSignal(false);
  const [confirming, setConfirming] = createSignal<number>();
  const { alert, setAlert, busy, run } = createForm();
  const ideaHistory = server.ideas[":id"].history;
  let list: HTMLOListElement | undefined;
  let request = 0;
  // A request answered after the panel went away changes nothing.
  onCleanup(() => {
    request += 1;
  });

  const load = async () => {
    const mine = ++request;
    setLoading(true);
    setAlert(undefined);
    try {
      const answer = await call(ideaHistory.$get({ param: { id: seg(props.ideaId) } }));
      if (mine === request) setVersions(answer.versions);
    } catch (error) {
      if (mine === request) setAlert(formErrorText(error));
    } finally {
      if (mine === request) setLoading(false);
    }
  };

  const toggle = () => {
    const next = !open();
    setOpen(next);
    setConfirming(undefined);
    if (next) void load();
  };

  const isCurrent = (v: IdeaVersion) => {
    const now = asKept(props.current());
    return now.title === v.title && now.body === v.body;
  };

  const restore = (v: IdeaVersion, back: () => void) =>
    run(async () => {
      await call(
        ideaHistory[":versionId"].restore.$post({ param: { id: seg(props.ideaId), versionId: seg(v.id) } }),
      );
      setConfirming(undefined);
      await load();
      announce(t("versions.restored", { when: formatDateTime(v.at) }));
      // The button pressed is gone (that version is the current text now): land on the list.
      queueMicrotask(() => (list?.isConnected ? list.focus() : back()));
    });

  return (
    <section class="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading" class="versions-heading">
        <button
          type="button"
          class="versions-toggle"
          aria-expanded={open()}
          aria-controls={open() ? "versions-body" : undefined}
          onClick={toggle}
        >
          <span class="versions-chevron" aria-hidden="true" />
          {t("versions.heading")}
        </button>
      </h2>
      <Show when={open()}>
        <div id="versions-body" class="versions-body">
          <p class="hint">{t("versions.intro")}</p>
          <div class="versions-bar">
            <p role="status" class="versions-status">
              {loading()
                ? t("versions.loading")
                : versions()
                  ? tn("versions.count", versions()?.length ?? 0)
                  : ""}
            </p>
            <button
              type="button"
              class="button button-small"
              aria-disabled={loading()}
              onClick={() => void load()}
            >
              {t("versions.refresh")}
            </button>
          </div>
          <FormAlert message={alert()} />
          <Show when={versions()?.length === 0}>
            <p>{t("versions.none")}</p>
          </Show>
          <Show when={(versions()?.length ?? 0) > 0}>
            <ol ref={list} class="version-list" aria-label={t("versions.list")} tabIndex={-1}>
              <For each={versions()}>
                {(v, i) => (
                  <VersionItem
                    version={v}
                    older={versions()?.[i() + 1]}
                    current={isCurrent(v)}
                    confirming={confirming() === v.id}
                    busy={busy()}
                    onAsk={() => setConfirming(v.id)}
                    onCancel={() => setConfirming(undefined)}
                    onConfirm={(back) => restore(v, back)}
                  />
                )}
              </For>
            </ol>
          </Show>
        </div>
      </Show>
    </section>
  );
}

function VersionItem(props: {
  version: IdeaVersion;
  older: IdeaVersion | undefined;
  current: boolean;
  confirming: boolean;
  busy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: (back: () => void) => void;
}) {
  const id = () => `version-${props.version.id}`;
  const when = () => formatWhen(props.version.at);
  // In sentences the date itself: "vom 4. Dezember um 16:43", never "von in dieser Minute".
  const date = () => formatDateTime(props.version.at);
  const restorable = () => props.version.title.length >= IDEA_TITLE_MIN;
  let restoreButton: HTMLButtonElement | undefined;
  let question: HTMLParagraphElement | undefined;
  const back = () => restoreButton?.focus();

  const ask = () => {
    props.onAsk();
    queueMicrotask(() => question?.focus());
  };
  const cancel = () => {
    props.onCancel();
    queueMicrotask(back);
  };

  return (
    <li class="version" aria-labelledby={`${id()}-when`} data-current={props.current ? "" : undefined}>
      <div class="version-head">
        <p id={`${id()}-when`} class="version-when">
          <time datetime={props.version.at}>{when()}</time>
          <span class="version-date">{date()}</span>
        </p>
        <Show when={props.current}>
          <p class="version-current">{t("versions.current")}</p>
        </Show>
      </div>
      <p class="version-by">
        {props.version.by.length > 0
          ? t("versions.by", { names: names().format(props.version.by) })
          : t("versions.byNobody")}
      </p>
      <p class="version-title">{props.version.title || t("versions.emptyTitle")}</p>
      <Show when={props.older} fallback={<FirstVersion version={props.version} />}>
        {(older) => <VersionChanges older={older()} version={props.version} />}
      </Show>
      <div class="version-actions">
        <Show when={!props.current}>
          <Show when={restorable()} fallback={<p class="hint">{t("versions.titleTooShort")}</p>}>
            <Show
              when={props.confirming}
              fallback={
                <button ref={restoreButton} type="button" class="button button-small" onClick={ask}>
                  {t("versions.restore")}
                  <span class="visually-hidden"> {t("versions.restoreWhich", { when: date() })}</span>
                </button>
              }
            >
              <div class="version-confirm">
                <p ref={question} id={`${id()}-confirm`} tabIndex={-1}>
                  {t("versions.confirm", { when: date() })}
                </p>
                <div class="form-actions">
                  <button
                    type="button"
                    class="button button-primary button-small"
                    aria-describedby={`${id()}-confirm`}
                    aria-disabled={props.busy}
                    onClick={() => props.onConfirm(back)}
                  >
                    {t("versions.confirmYes")}
                  </button>
                  <button type="button" class="button button-small" onClick={cancel}>
                    {t("manage.cancel")}
                  </button>
                </div>
              </div>
            </Show>
          </Show>
        </Show>
      </div>
    </li>
  );
}

/** The oldest version kept: its text, shortened, since there is nothing to compare it with. */
function FirstVersion(props: { version: IdeaVersion }) {
  return (
    <>
      <p class="version-label">{t("versions.first")}</p>
      <p class="version-preview">{shorten(props.version.body) || t("versions.emptyBody")}</p>
    </>
  );
}

/** What changed since the version before: the title, and the changed stretch of the body. */
function VersionChanges(props: { older: IdeaVersion; version: IdeaVersion }) {
  const title = () => changeOf(props.older.title, props.version.title);
  const body = () => changeOf(props.older.body, props.version.body);
  return (
    <div class="version-changes">
      <Show when={title()}>
        <p class="version-change">
          <span class="version-field">{t("versions.title")}:</span>{" "}
          <Marked removed={props.older.title} added={props.version.title} />
        </p>
      </Show>
      <Show when={body()}>
        {(change) => (
          <>
            <p class="version-change">
              <span class="version-field">{t("versions.body")}:</span>{" "}
              <Show when={`${change().removed}${change().added}`.trim()} fallback={t("versions.noChange")}>
                {change().before}
                <Marked removed={shorten(change().removed)} added={shorten(change().added)} />
                {change().after}
              </Show>
            </p>
            <p class="version-count">{counts(change().added.length, change().removed.length)}</p>
          </>
        )}
      </Show>
    </div>
  );
}

function counts(added: number, removed: number): string {
  const parts: string[] = [];
  if (added > 0) parts.push(tn("versions.charsAdded", added));
  if (removed > 0) parts.push(tn("versions.charsRemoved", removed));
  return parts.join(" · ");
}

/** Removed and added text, told apart by words (for screen readers) as well as by look. */
function Marked(props: { removed: string; added: string }): JSX.Element {
  return (
    <>
      <Show when={props.removed.trim()}>
        <Spaced text={props.removed}>
          {(inner) => (
            <del class="version-removed">
              <span class="visually-hidden">{t("versions.removed")} </span>
              {inner}
            </del>
          )}
        </Spaced>
      </Show>
      <Show when={props.removed.trim() && props.added.trim()}> </Show>
      <Show when={props.added.trim()}>
        <Spaced text={props.added}>
          {(inner) => (
            <ins class="version-added">
              <span class="visually-hidden">{t("versions.added")} </span>
              {inner}
            </ins>
          )}
        </Spaced>
      </Show>
    </>
  );
}

/** Spaces around a changed stretch stay outside its marking, where they read as spaces. */
function Spaced(props: { text: string; children: (inner: string) => JSX.Element }): JSX.Element {
  const parts = () => /^(\s*)([\s\S]*?)(\s*)$/.exec(props.text) ?? ["", "", props.text, ""];
  return (
    <>
      {parts()[1]}
      {props.children(parts()[2] ?? "")}
      {parts()[3]}
    </>
  );
}
