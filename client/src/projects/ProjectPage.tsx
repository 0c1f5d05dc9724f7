import { type ProjectStatus, projectStatuses } from "@quer/shared/projects/doc";
import { A, useParams } from "@solidjs/router";
import { createEffect, createSignal, For, lazy, on, Show, Suspense } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import {
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  formErrorText,
  hintId,
  minLength,
  required,
} from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { loginHref, user } from "../auth/session.ts";
import type { MessageKey } from "../i18n/de.ts";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { centsToInput, formatEuros, parseEuros } from "./money.ts";
import {
  fetchProject,
  joinProject,
  leaveProject,
  type ProjectAnswer,
  postNews,
  updateProject,
} from "./project-api.ts";
import "./fund.css";
import "./projects.css";

// The plan brings Yjs and the offline store; it loads after the page itself.
const ProjectPlan = lazy(() => import("./ProjectPlan.tsx"));

export const statusKey = (s: ProjectStatus) => `project.status.${s}` as MessageKey;

export default function ProjectPage() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <ProjectView id={id} />}
    </Show>
  );
}

function ProjectView(props: { id: string }) {
  const [answer, setAnswer] = createSignal<ProjectAnswer>();
  const [failure, setFailure] = createSignal<ApiError>();
  let request = 0;
  const load = async () => {
    const mine = ++request;
    try {
      const a = await fetchProject(props.id);
      if (mine !== request) return;
      setAnswer(a);
      setFailure(undefined);
    } catch (error) {
      if (mine === request) setFailure(error as ApiError);
    }
  };
  createEffect(
    on(
      () => (user() === undefined ? undefined : (user()?.id ?? "")),
      (who) => who !== undefined && void load(),
    ),
  );

  return (
    <Show
      when={answer()}
      fallback={
        <Show when={failure()} fallback={<p class="loading">{t("app.loading")}</p>}>
          {(error) => (
            <>
              <PageHeading text={t("project.loadError")} />
              <p>{errorText(error())}</p>
              <p>
                <A href="/">{t("app.toBoards")}</A>
              </p>
            </>
          )}
        </Show>
      }
    >
      {(a) => (
        <article class="project-page" aria-labelledby="project-title">
          <p>
            <A href={`/ideas/${a().project.ideaId}`}>
              <span aria-hidden="true">← </span>
              {t("project.toIdea")}
            </A>
          </p>
          <PageHeading id="project-title" text={a().project.title} />
          <p class="project-kicker">{t("project.kicker")}</p>
          <StatusPart answer={a()} onSaved={setAnswer} />
          <TeamPart answer={a()} reload={load} />
          {/* A new permission is a new socket: remount the plan when it changes. */}
          <Show when={`${a().canEdit}`} keyed>
            {(_k) => (
              <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
                <ProjectPlan
                  projectId={a().project.id}
                  canEdit={a().canEdit}
                  me={user() ? { id: user()?.id ?? "", name: user()?.name ?? "" } : undefined}
                />
              </Suspense>
            )}
          </Show>
          <BudgetPart answer={a()} onSaved={setAnswer} />
          <NewsPart answer={a()} onSaved={setAnswer} />
        </article>
      )}
    </Show>
  );
}

function StatusPart(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let select: HTMLSelectElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const status = select?.value as ProjectStatus | undefined;
    if (!status || busy() || status === props.answer.project.status) return;
    setBusy(true);
    setAlert(undefined);
    try {
      const res = await updateProject(props.answer.project.id, { status });
      props.onSaved({ ...props.answer, ...res });
      announce(t("project.statusSaved", { status: t(statusKey(status)) }));
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show
      when={props.answer.canEdit}
      fallback={
        <p class="project-status">
          <span class="badge">
            {t("project.statusLabel", { status: t(statusKey(props.answer.project.status)) })}
          </span>
        </p>
      }
    >
      <form class="inline-form" novalidate onSubmit={submit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for="project-status">{t("project.status")}</label>
          <select ref={select} id="project-status" value={props.answer.project.status}>
            <For each={projectStatuses}>
              {(s) => (
                <option value={s} selected={s === props.answer.project.status}>
                  {t(statusKey(s))}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="button" aria-disabled={busy()}>
          {t("project.statusSubmit")}
        </button>
      </form>
    </Show>
  );
}

function TeamPart(props: { answer: ProjectAnswer; reload: () => Promise<void> }) {
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const member = () => props.answer.project.member === true;
  const act = async (join: boolean) => {
    if (busy()) return;
    setBusy(true);
    setAlert(undefined);
    try {
      if (join) await joinProject(props.answer.project.id);
      else await leaveProject(props.answer.project.id);
      await props.reload();
      announce(t(join ? "project.joined" : "project.left"));
      queueMicrotask(() => document.getElementById("team-action")?.focus());
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="project-part" aria-labelledby="team-heading">
      <h2 id="team-heading">{t("project.team")}</h2>
      <Show when={props.answer.project.team.length > 0} fallback={<p>{t("project.teamEmpty")}</p>}>
        <ul class="team-list">
          <For each={props.answer.project.team}>{(p) => <li>{p.name}</li>}</For>
        </ul>
      </Show>
      <FormAlert message={alert()} />
      <Show
        when={user()}
        fallback={
          <Show when={user() === null}>
            <p>
              <A href={loginHref(`/projects/${props.answer.project.id}`)}>{t("project.signInToJoin")}</A>
            </p>
          </Show>
        }
      >
        <Show
          when={member()}
          fallback={
            <Show when={props.answer.canJoin}>
              <button id="team-action" type="button" class="button button-primary" onClick={() => act(true)}>
                {t("project.join")}
              </button>
            </Show>
          }
        >
          <p>{t("project.youAreIn")}</p>
          <button id="team-action" type="button" class="button" onClick={() => act(false)}>
            {t("project.leave")}
          </button>
        </Show>
      </Show>
    </section>
  );
}

function BudgetPart(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;
  const p = () => props.answer.project;
  const fund = () => props.answer.fund;

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!form || busy()) return;
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const requested = parseEuros(String(data.get("budgetRequested") ?? "0") || "0");
    const granted = parseEuros(String(data.get("budgetGranted") ?? "0") || "0");
    const found: FieldErrors = {};
    const titleProblem = required(title) ?? minLength(title, 3);
    if (titleProblem) found["project-title-field"] = titleProblem;
    if (requested === undefined) found["budget-requested"] = { text: t("project.amountInvalid") };
    if (granted === undefined) found["budget-granted"] = { text: t("project.amountInvalid") };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAlert(t("error.invalid"));
      queueMicrotask(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const patch: { title?: string; budgetRequested?: number; budgetGranted?: number } = {};
    if (title !== p().title) patch.title = title;
    if (requested !== p().budgetRequested) patch.budgetRequested = requested;
    if (granted !== p().budgetGranted) patch.budgetGranted = granted;
    if (Object.keys(patch).length === 0) {
      setAlert(t("manage.nothingChanged"));
      return;
    }
    setBusy(true);
    setAlert(undefined);
    try {
      const res = await updateProject(p().id, patch);
      props.onSaved({ ...props.answer, ...res });
      announce(t("project.saved"));
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="project-part" aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t("project.budget")}</h2>
      <dl class="money">
        <div>
          <dt>{t("project.requested")}</dt>
          <dd>{formatEuros(p().budgetRequested)}</dd>
        </div>
        <div>
          <dt>{t("project.granted")}</dt>
          <dd>{formatEuros(p().budgetGranted)}</dd>
        </div>
      </dl>
      <p class="fund-note">
        {t("fund.left", {
          year: fund().year,
          left: formatEuros(fund().left),
          amount: formatEuros(fund().amount),
        })}
      </p>
      <Show when={props.answer.canManage}>
        <h3>{t("project.manage")}</h3>
        <form ref={form} class="form" novalidate onSubmit={submit}>
          <FormAlert message={alert()} />
          <div class="field">
            <label for="project-title-field">{t("project.titleField")}</label>
            <input
              id="project-title-field"
              name="title"
              type="text"
              maxLength={120}
              value={p().title}
              {...fieldAria("project-title-field", errors())}
            />
            <FieldError field="project-title-field" errors={errors()} />
          </div>
          <div class="field">
            <label for="budget-requested">{t("project.requestedField")}</label>
            <p class="hint" id={hintId("budget-requested")}>
              {t("project.euroHint")}
            </p>
            <input
              id="budget-requested"
              name="budgetRequested"
              type="text"
              inputmode="decimal"
              value={centsToInput(p().budgetRequested)}
              {...fieldAria("budget-requested", errors(), true)}
            />
            <FieldError field="budget-requested" errors={errors()} />
          </div>
          <div class="field">
            <label for="budget-granted">{t("project.grantedField")}</label>
            <p class="hint" id={hintId("budget-granted")}>
              {t("project.euroHint")}
            </p>
            <input
              id="budget-granted"
              name="budgetGranted"
              type="text"
              inputmode="decimal"
              value={centsToInput(p().budgetGranted)}
              {...fieldAria("budget-granted", errors(), true)}
            />
            <FieldError field="budget-granted" errors={errors()} />
          </div>
          <button type="submit" class="button button-primary" aria-disabled={busy()}>
            {busy() ? t("auth.busy") : t("project.save")}
          </button>
        </form>
      </Show>
    </section>
  );
}

function NewsPart(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let textarea: HTMLTextAreaElement | undefined;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!textarea || busy()) return;
    const body = textarea.value.trim();
    const problem = required(body);
    setErrors(problem ? { "news-body": problem } : {});
    if (problem) {
      textarea.focus();
      return;
    }
    setBusy(true);
    setAlert(undefined);
    try {
      const project = await postNews(props.answer.project.id, body);
      textarea.value = "";
      props.onSaved({ ...props.answer, project });
      announce(t("project.newsSent"));
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="project-part" aria-labelledby="news-heading">
      <h2 id="news-heading">{t("project.news")}</h2>
      <Show when={props.answer.project.news.length > 0} fallback={<p>{t("project.noNews")}</p>}>
        <ol class="news-list">
          <For each={props.answer.project.news}>
            {(n) => (
              <li>
                <p class="news-meta">
                  <span class="news-author">{n.authorName}</span>
                  {" · "}
                  <time datetime={n.createdAt} title={formatDateTime(n.createdAt)}>
                    {formatWhen(n.createdAt)}
                  </time>
                </p>
                <p class="news-body">{n.body}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={props.answer.canEdit}>
        <form class="form" novalidate onSubmit={submit}>
          <FormAlert message={alert()} />
          <div class="field">
            <label for="news-body">{t("project.newsField")}</label>
            <textarea
              ref={textarea}
              id="news-body"
              rows={3}
              maxLength={1000}
              {...fieldAria("news-body", errors())}
            />
            <FieldError field="news-body" errors={errors()} />
          </div>
          <button type="submit" class="button button-primary" aria-disabled={busy()}>
            {busy() ? t("auth.busy") : t("project.newsSubmit")}
          </button>
        </form>
      </Show>
    </section>
  );
}
