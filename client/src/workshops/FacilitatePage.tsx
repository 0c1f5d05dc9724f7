import type { Board } from "@quer/shared";
import { isLocalOnly } from "@quer/shared/http/public-url";
import { liveBoard } from "@quer/shared/sync/board-meta";
import { useParams } from "@solidjs/router";
import { type Accessor, createMemo, createResource, createSignal, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { sitePublicUrl } from "../app/site.ts";
import { fetchBoard } from "../boards/board-api.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { ClusterPanel } from "./facilitate/ClusterPanel.tsx";
import { createCommands, type Facilitation, type Session } from "./facilitate/context.tsx";
import { PhasePanel } from "./facilitate/PhasePanel.tsx";
import { SessionPanel } from "./facilitate/SessionPanel.tsx";
import { SettingsPanel } from "./facilitate/SettingsPanel.tsx";
import { SpotlightPanel } from "./facilitate/SpotlightPanel.tsx";
import { TablesPanel } from "./facilitate/TablesPanel.tsx";
import { TimerPanel } from "./facilitate/TimerPanel.tsx";
import { Countdown, createCountdown, phaseName } from "./parts.tsx";
import { openPlenary } from "./plenary.ts";
import { fetchSession } from "./workshop-api.ts";
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

/** The facilitator's page: loads the workshop, then one panel per concern. */
function Facilitate(props: { id: string }) {
  const [answer] = createResource(
    () => props.id,
    (id) => fetchBoard(id),
  );
  const live = openLiveBoard(props.id);
  const board = createMemo(() => {
    const loaded = answer.error ? undefined : answer()?.board;
    return loaded && liveBoard(loaded, live.meta());
  });
  const [session, setSession] = createSignal<Session>();
  fetchSession(props.id).then(setSession, () => setSession(undefined));

  const f = (b: Accessor<Board>): Facilitation => ({
    id: props.id,
    board: b,
    meta: live.meta,
    live,
    plenary: openPlenary(props.id, live, true),
    countdown: createCountdown(live.meta),
    session,
    setSession,
    ...createCommands(),
  });

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
          <Panels f={f(b)} />
        </Show>
      )}
    </Show>
  );
}

/** PUBLIC_URL when phones in the room cannot open it: the join link and QR code would fail there. */
function localOnlyAddress(): string | undefined {
  const url = sitePublicUrl();
  return url !== undefined && isLocalOnly(url) ? url : undefined;
}

function Panels(props: { f: Facilitation }) {
  const f = props.f;
  const phase = () => f.board().phase;
  return (
    <div class="ws-facilitate">
      <PageHeading text={t("ws.fac.title", { title: f.board().title })} />
      <div class="ws-status-row">
        <p class="ws-phase">
          {phase() ? t("ws.phaseLabel", { phase: phaseName(phase() ?? "collect") }) : t("ws.noPhase")}
        </p>
        <Countdown countdown={f.countdown} />
      </div>
      <Show when={localOnlyAddress()}>
        {(url) => (
          <div class="ws-local-warning" role="note" aria-labelledby="ws-local-warning-title">
            <p id="ws-local-warning-title">
              <strong>{t("ws.fac.localOnly.title", { url: url() })}</strong>
            </p>
            <p>{t("ws.fac.localOnly.text")}</p>
            <code>{t("ws.fac.localOnly.command")}</code>
            <p>{t("ws.fac.localOnly.more")}</p>
          </div>
        )}
      </Show>
      <SessionPanel f={f} />
      <PhasePanel f={f} />
      <TimerPanel f={f} />
      <SettingsPanel f={f} />
      <SpotlightPanel f={f} />
      <TablesPanel f={f} />
      <Show when={phase() === "cluster"}>
        <ClusterPanel f={f} />
      </Show>
    </div>
  );
}
