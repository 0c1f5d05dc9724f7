import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { liveBoard } from "@quer/shared/sync/board-meta";
import { type Phase, phases } from "@quer/shared/workshops/rules";
import { A, useParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { FormAlert, formErrorText } from "../app/forms.tsx";
import { PageHeading } from "../app/PageHeading.tsx";
import { fetchBoard } from "../boards/board-api.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { ClusterCanvas } from "./ClusterCanvas.tsx";
import { openCanvas } from "./canvas.ts";
import { Countdown, createCountdown, phaseName, tablesOf } from "./parts.tsx";
import {
  addTable,
  endSession,
  fetchSession,
  qrSrc,
  reveal,
  type SessionInfo,
  setPhase,
  spotlight,
  startSession,
  timer,
  updateWorkshop,
} from "./workshop-api.ts";
import "./workshop.css";
import "./messages.ts";

export default function FacilitatePage() {
  const params = useParams<{ boardId: string }>();
  return (
    <Show when={params.boardId} keyed>
      {(id) => <Facilitate id={id} />}
    </Show>
  );
}

/** A control section: a labelled region with its own alert for failed commands. */
function Panel(props: { id: string; title: string; alert?: string | undefined; children: JSX.Element }) {
  return (
    <section class="ws-panel" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <FormAlert message={props.alert} />
      {props.children}
    </section>
  );
}

function Facilitate(props: { id: string }) {
  const [answer] = createResource(
    () => props.id,
    (id) => fetchBoard(id),
  );
  const live = openLiveBoard(props.id);
  const meta = live.meta;
  const board = createMemo(() => {
    const loaded = answer.error ? undefined : answer()?.board;
    return loaded && liveBoard(loaded, meta());
  });
  const [session, setSession] = createSignal<SessionInfo & { active?: boolean }>();
  fetchSession(props.id).then(setSession, () => setSession(undefined));

  const [alerts, setAlerts] = createSignal<Record<string, string | undefined>>({});
  const setAlert = (panel: string, text: string | undefined) => setAlerts((a) => ({ ...a, [panel]: text }));
  const [busy, setBusy] = createSignal(false);
  /** Runs a command; failures show in the panel that asked. */
  const run = async (panel: string, command: () => Promise<unknown>, done?: string) => {
    if (busy()) return;
    setBusy(true);
    setAlert(panel, undefined);
    try {
      await command();
      if (done) announce(done);
    } catch (error) {
      setAlert(panel, formErrorText(error));
    } finally {
      setBusy(false);
    }
  };

  const phase = () => board()?.phase ?? null;
  const active = () => session()?.active !== false && session() !== undefined;
  const countdown = createCountdown(meta);
  const ideas = createMemo<BoardDocIdea[]>(() =>
    [...live.ideas().values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
  const tables = () => tablesOf(meta());
  const revealed = () => board()?.revealed ?? false;
  const postingOpen = () => board()?.postingOpen ?? false;
  const participantCanvas = () => board()?.participantCanvas ?? false;

  const [minutes, setMinutes] = createSignal("5");
  const [retention, setRetention] = createSignal<string>();
  const [tableName, setTableName] = createSignal("");
  const [spotlightChoice, setSpotlightChoice] = createSignal("");
  const [canvasBoard, setCanvasBoard] = createSignal(props.id);

  const start = () =>
    run("session", async () => {
      const s = await startSession(props.id);
      setSession({ ...s, active: true });
    });
  const end = () =>
    run(
      "session",
      async () => {
        await endSession(props.id);
        setSession((s) => (s ? { ...s, active: false } : s));
      },
      t("ws.fac.ended"),
    );
  const changePhase = (next: Phase) =>
    run("phase", () => setPhase(props.id, next), t("ws.fac.phaseChanged", { phase: phaseName(next) }));
  const startTimer = (e: SubmitEvent) => {
    e.preventDefault();
    const m = Number(minutes().replace(",", "."));
    if (!Number.isFinite(m) || m <= 0 || m > 240) {
      setAlert("timer", t("error.invalid"));
      return;
    }
    void run("timer", () => timer(props.id, { action: "start", seconds: Math.max(10, Math.round(m * 60)) }));
  };

  return (
    <Show
      when={board()}
      fallback={
        <Show when={answer.error} fallback={<p class="loading">{t("app.loading")}</p>}>
          <PageHeading text={t("ws.loadError")} />
          <p>{errorText(answer.error as ApiError)}</p>
        </Show>
      }
    >
      {(b) => (
        <Show
          when={b().mode === "workshop"}
          fallback={
            <>
              <PageHeading text={t("ws.loadError")} />
              <p>{t("ws.fac.notWorkshop")}</p>
            </>
          }
        >
          <div class="ws-facilitate">
            <PageHeading text={t("ws.fac.title", { title: b().title })} />
            <div class="ws-status-row">
              <p class="ws-phase">
                {phase() ? t("ws.phaseLabel", { phase: phaseName(phase() ?? "collect") }) : t("ws.noPhase")}
              </p>
              <Countdown countdown={countdown} />
            </div>

            <Panel id="ws-session" title={t("ws.fac.session")} alert={alerts().session}>
              <Show
                when={active()}
                fallback={
                  <>
                    <p>{session() ? t("ws.fac.ended") : t("ws.fac.notStarted")}</p>
                    <button type="button" class="button button-primary" onClick={start}>
                      {t("ws.fac.start")}
                    </button>
                  </>
                }
              >
                <div class="ws-join-info">
                  <div>
                    <p class="ws-code-line">{t("ws.fac.code", { code: session()?.display ?? "" })}</p>
                    <p>
                      {t("ws.fac.link")}: <a href={session()?.joinUrl}>{session()?.joinUrl}</a>
                    </p>
                  </div>
                  <img
                    class="ws-qr-small"
                    src={qrSrc(props.id)}
                    alt={t("ws.fac.qr")}
                    width="160"
                    height="160"
                  />
                </div>
                <button type="button" class="button" onClick={end}>
                  {t("ws.fac.end")}
                </button>
              </Show>
              <nav aria-label={t("ws.fac.links")}>
                <ul class="ws-links">
                  <li>
                    <a href={`/present/${props.id}`} target="_blank" rel="noopener">
                      {t("ws.fac.present")}
                    </a>
                  </li>
                  <li>
                    <A href={`/workshop/${props.id}`}>{t("ws.fac.phone")}</A>
                  </li>
                  <li>
                    <A href={`/workshop/${props.id}/results`}>{t("ws.fac.results")}</A>
                  </li>
                  <li>
                    <A href={`/workshop/${props.id}/minutes`}>{t("ws.fac.minutes")}</A>
                  </li>
                </ul>
              </nav>
            </Panel>

            <Panel id="ws-phases" title={t("ws.fac.phases")} alert={alerts().phase}>
              <div class="ws-phase-buttons">
                <For each={phases}>
                  {(p) => (
                    <button
                      type="button"
                      class="button"
                      aria-pressed={phase() === p}
                      onClick={() => changePhase(p)}
                    >
                      {phaseName(p)}
                    </button>
                  )}
                </For>
              </div>
              <p>{revealed() ? t("ws.fac.revealed") : t("ws.fac.notRevealed")}</p>
              <Show when={!revealed()}>
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => run("phase", () => reveal(props.id), t("ws.fac.revealed"))}
                >
                  {t("ws.fac.reveal")}
                </button>
              </Show>
            </Panel>

            <Panel id="ws-timer" title={t("ws.fac.timer")} alert={alerts().timer}>
              <form class="ws-inline-form" onSubmit={startTimer}>
                <label for="ws-minutes">{t("ws.fac.minutesInput")}</label>
                <input
                  id="ws-minutes"
                  type="number"
                  inputmode="decimal"
                  min="1"
                  max="240"
                  value={minutes()}
                  onInput={(e) => setMinutes(e.currentTarget.value)}
                />
                <button type="submit" class="button button-primary">
                  {t("ws.fac.timerStart")}
                </button>
              </form>
              <div class="form-actions">
                <Show
                  when={countdown.paused()}
                  fallback={
                    <button
                      type="button"
                      class="button"
                      aria-disabled={!countdown.running()}
                      onClick={() =>
                        countdown.running() && run("timer", () => timer(props.id, { action: "pause" }))
                      }
                    >
                      {t("ws.fac.timerPause")}
                    </button>
                  }
                >
                  <button
                    type="button"
                    class="button"
                    onClick={() => run("timer", () => timer(props.id, { action: "resume" }))}
                  >
                    {t("ws.fac.timerResume")}
                  </button>
                </Show>
                <button
                  type="button"
                  class="button"
                  onClick={() => run("timer", () => timer(props.id, { action: "add", seconds: 60 }))}
                >
                  {t("ws.fac.timerAdd")}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => run("timer", () => timer(props.id, { action: "reset" }))}
                >
                  {t("ws.fac.timerReset")}
                </button>
              </div>
            </Panel>

            <Panel id="ws-settings" title={t("ws.fac.settings")} alert={alerts().settings}>
              <div class="choice-item">
                <input
                  id="ws-posting"
                  type="checkbox"
                  checked={postingOpen()}
                  onChange={(e) => {
                    const value = e.currentTarget.checked;
                    void run(
                      "settings",
                      () => updateWorkshop(props.id, { postingOpen: value }),
                      t("ws.fac.saved"),
                    );
                  }}
                />
                <label for="ws-posting">{t("ws.fac.postingOpen")}</label>
              </div>
              <div class="choice-item">
                <input
                  id="ws-canvas-open"
                  type="checkbox"
                  checked={participantCanvas()}
                  onChange={(e) => {
                    const value = e.currentTarget.checked;
                    void run(
                      "settings",
                      () => updateWorkshop(props.id, { participantCanvas: value }),
                      t("ws.fac.saved"),
                    );
                  }}
                />
                <label for="ws-canvas-open">{t("ws.fac.participantCanvas")}</label>
              </div>
              <form
                class="ws-inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const days = Number(retention() ?? session()?.retentionDays ?? 30);
                  if (!Number.isInteger(days) || days < 1 || days > 365) {
                    setAlert("settings", t("error.invalid"));
                    return;
                  }
                  void run(
                    "settings",
                    () => updateWorkshop(props.id, { retentionDays: days }),
                    t("ws.fac.saved"),
                  );
                }}
              >
                <label for="ws-retention">{t("ws.fac.retention")}</label>
                <input
                  id="ws-retention"
                  type="number"
                  min="1"
                  max="365"
                  value={retention() ?? String(session()?.retentionDays ?? 30)}
                  onInput={(e) => setRetention(e.currentTarget.value)}
                />
                <button type="submit" class="button">
                  {t("ws.fac.retentionSave")}
                </button>
              </form>
            </Panel>

            <Panel id="ws-spotlight" title={t("ws.fac.spotlight")} alert={alerts().spotlight}>
              <form
                class="ws-inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const id = spotlightChoice() || ideas()[0]?.id;
                  if (id) void run("spotlight", () => spotlight(props.id, id));
                }}
              >
                <label for="ws-spotlight-idea">{t("ws.fac.spotlightIdea")}</label>
                <select
                  id="ws-spotlight-idea"
                  value={spotlightChoice()}
                  onChange={(e) => setSpotlightChoice(e.currentTarget.value)}
                >
                  <For each={ideas()}>
                    {(idea) => (
                      <option value={idea.id} selected={(board()?.spotlightIdeaId ?? "") === idea.id}>
                        {idea.title}
                      </option>
                    )}
                  </For>
                </select>
                <button type="submit" class="button">
                  {t("ws.fac.spotlightShow")}
                </button>
              </form>
              <Show when={meta().spotlight}>
                {(id) => (
                  <p>
                    {t("ws.present.spotlight")}: {live.ideas().get(id())?.title ?? ""}{" "}
                    <button
                      type="button"
                      class="button"
                      onClick={() => run("spotlight", () => spotlight(props.id, null))}
                    >
                      {t("ws.fac.spotlightClear")}
                    </button>
                  </p>
                )}
              </Show>
            </Panel>

            <Panel id="ws-tables-panel" title={t("ws.fac.tables")} alert={alerts().tables}>
              <Show when={tables().length > 0} fallback={<p>{t("ws.fac.tablesNone")}</p>}>
                <ul>
                  <For each={tables()}>
                    {(table) => (
                      <li>
                        <A href={`/workshop/${table.id}`}>{table.title}</A>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <form
                class="ws-inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const title = tableName().trim();
                  if (!title) return;
                  void run(
                    "tables",
                    async () => {
                      await addTable(props.id, title);
                      setTableName("");
                    },
                    t("ws.fac.tableAdded", { title }),
                  );
                }}
              >
                <label for="ws-table-name">{t("ws.fac.tableName")}</label>
                <input
                  id="ws-table-name"
                  type="text"
                  maxLength={80}
                  value={tableName()}
                  onInput={(e) => setTableName(e.currentTarget.value)}
                />
                <button type="submit" class="button">
                  {t("ws.fac.tableAdd")}
                </button>
              </form>
            </Panel>

            <Show when={phase() === "cluster"}>
              <section class="ws-panel ws-panel-wide" aria-labelledby="ws-cluster-heading">
                <h2 id="ws-cluster-heading">{t("ws.canvas.title")}</h2>
                <Show when={tables().length > 0}>
                  <div class="field">
                    <label for="ws-canvas-board">{t("ws.fac.canvasTable")}</label>
                    <select id="ws-canvas-board" onChange={(e) => setCanvasBoard(e.currentTarget.value)}>
                      <option value={props.id}>{t("ws.phone.plenary")}</option>
                      <For each={tables()}>{(table) => <option value={table.id}>{table.title}</option>}</For>
                    </select>
                  </div>
                </Show>
                <Show when={canvasBoard()} keyed>
                  {(id) =>
                    id === props.id ? (
                      <FacilitatorCanvas boardId={id} ideas={ideas()} />
                    ) : (
                      <TableCanvas boardId={id} />
                    )
                  }
                </Show>
              </section>
            </Show>
          </div>
        </Show>
      )}
    </Show>
  );
}

function FacilitatorCanvas(props: { boardId: string; ideas: readonly BoardDocIdea[] }) {
  const canvas = openCanvas(props.boardId, true);
  return <ClusterCanvas canvas={canvas} ideas={props.ideas} write={true} idPrefix="fac-canvas" />;
}

/** A topic table's canvas, with that table's ideas from its own live board. */
function TableCanvas(props: { boardId: string }) {
  const live = openLiveBoard(props.boardId, { indicator: false });
  const ideas = createMemo(() => [...live.ideas().values()]);
  return <FacilitatorCanvas boardId={props.boardId} ideas={ideas()} />;
}
