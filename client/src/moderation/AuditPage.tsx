import type { AuditEntry } from "@quer/shared";
import { createSignal, For, onMount, Show } from "solid-js";
import { formErrorText } from "../app/forms.tsx";
import type { MessageKey } from "../i18n/de.ts";
import { formatDateTime } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
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

export const auditActions = [
  "idea.status",
  "idea.approve",
  "idea.hide",
  "idea.restore",
  "idea.edit",
  "idea.text.restore",
  "idea.merge",
  "idea.unmerge",
  "comment.hide",
  "comment.restore",
  "person.block",
  "person.unblock",
  "office.update",
  "office.logo.set",
  "office.logo.remove",
] as const;

function actionLabel(action: string): string {
  return (auditActions as readonly string[]).includes(action)
    ? t(`moderation.audit.action.${action}` as MessageKey)
    : action;
}

/** A change in a short readable form: `status: new → declined`. */
function describeChange(before: unknown, after: unknown): string {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const show = (v: unknown) =>
    v === undefined || v === null ? "–" : typeof v === "string" ? v : JSON.stringify(v);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => a[k] !== undefined || b[k] !== undefined,
  );
  return keys.map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`).join("; ");
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
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard */}
          <section class="table-wrap" aria-labelledby="audit-caption" tabIndex={0}>
            <table class="desk-table">
              <caption id="audit-caption">{t("moderation.audit.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("moderation.audit.col.at")}</th>
                  <th scope="col">{t("moderation.audit.col.actor")}</th>
                  <th scope="col">{t("moderation.audit.col.action")}</th>
                  <th scope="col">{t("moderation.audit.col.target")}</th>
                  <th scope="col">{t("moderation.audit.col.reason")}</th>
                  <th scope="col">{t("moderation.audit.col.change")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={entries()}>
                  {(entry, index) => (
                    <tr id={`audit-row-${index()}`} tabIndex={-1}>
                      <td>
                        <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
                      </td>
                      <td>{entry.actorName}</td>
                      <td>{actionLabel(entry.action)}</td>
                      <td>
                        <TargetCell target={entry.target} />
                      </td>
                      <td>{entry.reason ?? "–"}</td>
                      <td class="change">{describeChange(entry.before, entry.after) || "–"}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
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

function TargetCell(props: { target: string }) {
  const ideaId = () => (props.target.startsWith("idea:") ? props.target.slice(5) : undefined);
  return (
    <Show when={ideaId()} fallback={<code>{props.target}</code>}>
      {(id) => (
        <a href={`/ideas/${id()}`}>
          <code>{props.target}</code>
        </a>
      )}
    </Show>
  );
}
