import type { AuditAbout, AuditEntry } from "@quer/shared";
import { auditActions, isAuditAction } from "@quer/shared/moderation/audit-actions";
import { createSignal, For, onMount, Show } from "solid-js";
import { formErrorText } from "../app/forms.tsx";
import type { MessageKey } from "../i18n/de.ts";
import { formatDateTime } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { auditDetails } from "./audit-details.ts";
import { ModerationPage } from "./ModerationPage.tsx";
import { fetchAudit } from "./moderation-api.ts";
import "./messages.ts";

export default function AuditPage() {
  return (
    <ModerationPage title={t("moderation.audit.title")}>
      <AuditLog />
    </ModerationPage>
  );
}

function actionLabel(action: string): string {
  return isAuditAction(action) ? t(`moderation.audit.action.${action}` as MessageKey) : action;
}

function AuditLog() {
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [next, setNext] = createSignal<number | null>(null);
  const [filter, setFilter] = createSignal<{ action?: string; target?: string }>({});
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [loaded, setLoaded] = createSignal(false);
  let form: HTMLFormElement | undefined;
  let request = 0;

  async function load(more: boolean) {
    const mine = ++request;
    setBusy(true);
    setFailure(undefined);
    try {
      const before = more ? (next() ?? undefined) : undefined;
      const page = await fetchAudit({ ...filter(), ...(before ? { before } : {}) });
      if (mine !== request) return;
      setEntries((list) => (more ? [...list, ...page.entries] : page.entries));
      setNext(page.next);
      setLoaded(true);
    } catch (error) {
      if (mine === request) setFailure(formErrorText(error));
    } finally {
      if (mine === request) setBusy(false);
    }
  }

  onMount(() => void load(false));

  const apply = (e: SubmitEvent) => {
    e.preventDefault();
    if (!form) return;
    const data = new FormData(form);
    const action = String(data.get("action") ?? "");
    const target = String(data.get("target") ?? "").trim();
    setFilter({ ...(action ? { action } : {}), ...(target ? { target } : {}) });
    void load(false);
  };

  const loadMore = async () => {
    const firstNew = entries().length;
    await load(true);
    // Continue reading where the new rows begin.
    queueMicrotask(() => document.getElementById(`audit-row-${firstNew}`)?.focus());
  };

  return (
    <>
      <form ref={form} class="filter-form" onSubmit={apply}>
        <fieldset class="board-controls">
          <legend>{t("moderation.audit.filter")}</legend>
          <div class="control">
            <label for="audit-action">{t("moderation.audit.action")}</label>
            <select id="audit-action" name="action">
              <option value="">{t("board.filter.all")}</option>
              <For each={auditActions}>{(a) => <option value={a}>{actionLabel(a)}</option>}</For>
            </select>
          </div>
          <div class="control">
            <label for="audit-target">{t("moderation.audit.target")}</label>
            <input id="audit-target" name="target" type="text" aria-describedby="audit-target-hint" />
            <p id="audit-target-hint" class="hint">
              {t("moderation.audit.target.hint")}
            </p>
          </div>
          <div class="control control-submit">
            <button type="submit" class="button">
              {t("moderation.audit.apply")}
            </button>
          </div>
        </fieldset>
      </form>
      <div role="alert" class="form-alert-slot">
        <Show when={failure()}>
          <p class="form-alert">{failure()}</p>
        </Show>
      </div>
      <Show when={loaded()} fallback={<p class="loading">{t("app.loading")}</p>}>
        <Show when={entries().length > 0} fallback={<p>{t("moderation.audit.empty")}</p>}>
          <table class="desk-table audit-table">
            <caption id="audit-caption">{t("moderation.audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation.audit.col.at")}</th>
                <th scope="col">{t("moderation.audit.col.actor")}</th>
                <th scope="col">{t("moderation.audit.col.action")}</th>
                <th scope="col">{t("moderation.audit.col.about")}</th>
                <th scope="col">{t("moderation.audit.col.change")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={entries()}>
                {(entry, index) => (
                  <tr id={`audit-row-${index()}`} tabIndex={-1}>
                    <td data-label={t("moderation.audit.col.at")}>
                      <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td data-label={t("moderation.audit.col.actor")}>
                      {entry.actorDeleted ? t("moderation.audit.deletedAccount") : entry.actorName}
                    </td>
                    <td data-label={t("moderation.audit.col.action")}>{actionLabel(entry.action)}</td>
                    <td data-label={t("moderation.audit.col.about")}>
                      <About about={entry.about} />
                    </td>
                    <td data-label={t("moderation.audit.col.change")}>
                      <Changes entry={entry} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <Show when={next()}>
          <button type="button" class="button" aria-disabled={busy()} onClick={() => !busy() && loadMore()}>
            {t("moderation.audit.more")}
          </button>
        </Show>
      </Show>
    </>
  );
}

/** What the entry is about, by name, with a link where there is a page for it. */
function About(props: { about: AuditAbout }) {
  const text = () => {
    const a = props.about;
    if (a.kind === "person") return a.deleted ? t("moderation.audit.deletedAccount") : (a.name ?? "");
    if (a.kind === "comment") {
      return a.name === undefined
        ? t("moderation.audit.about.commentGone")
        : t("moderation.audit.about.comment", { text: a.name });
    }
    if (a.kind === "idea") return a.name ?? t("moderation.audit.about.ideaGone");
    if (a.kind === "board") return a.name ?? t("moderation.audit.about.boardGone");
    if (a.id === "office") return t("moderation.audit.about.office");
    return a.id;
  };
  const href = () => {
    const a = props.about;
    if (a.kind === "idea" && a.name !== undefined) return `/ideas/${a.id}`;
    if (a.kind === "comment" && a.ideaId) return `/ideas/${a.ideaId}`;
    if (a.kind === "board" && a.name !== undefined) return `/boards/${a.id}`;
    return undefined;
  };
  return (
    <Show when={href()} fallback={<span class="audit-about">{text()}</span>}>
      {(link) => (
        <a class="audit-about" href={link()}>
          {text()}
        </a>
      )}
    </Show>
  );
}

function Changes(props: { entry: AuditEntry }) {
  const lines = () => auditDetails(props.entry, t);
  return (
    <Show when={lines().length > 0} fallback={t("moderation.audit.detail.none")}>
      <ul class="audit-changes">
        <For each={lines()}>{(line) => <li>{line}</li>}</For>
      </ul>
    </Show>
  );
}
