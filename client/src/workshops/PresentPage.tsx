import { formatJoinCode } from "@quer/shared/workshops/rules";
import { useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, onCleanup, onMount, Show } from "solid-js";
import { PageHeading } from "../app/PageHeading.tsx";
import { t, tn } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { Countdown, createCountdown, isPhase, phaseName } from "./parts.tsx";
import { openPlenary } from "./plenary.ts";
import { fetchSession, qrSrc, type SessionInfo } from "./workshop-api.ts";
import "./workshop.css";
import "./messages.ts";

export default function PresentPage() {
  const params = useParams<{ boardId: string }>();
  // Full screen: the site's header and footer step aside while this page is open.
  onMount(() => document.documentElement.classList.add("is-projector"));
  onCleanup(() => document.documentElement.classList.remove("is-projector"));
  return (
    <Show when={params.boardId} keyed>
      {(id) => <Present id={id} />}
    </Show>
  );
}

/** Columns for a count of tiles on a 16:9 screen, so 5 to 200 ideas fit without scrolling. */
function columnsFor(n: number): number {
  if (n <= 4) return 2;
  if (n <= 9) return 3;
  if (n <= 16) return 4;
  if (n <= 30) return 5;
  if (n <= 48) return 6;
  if (n <= 70) return 7;
  if (n <= 100) return 8;
  if (n <= 150) return 10;
  return 12;
}

/** How many bars the results show; the rest is counted below them. */
const BARS = 12;

type Tile = { kind: "group"; id: string; name: string } | { kind: "idea"; id: string };

function Present(props: { id: string }) {
  const live = openLiveBoard(props.id);
  const meta = live.meta;
  // Every table's ideas and groups, rolled up into the plenary.
  const plenary = openPlenary(props.id, live, false);
  const [session, setSession] = createSignal<SessionInfo>();
  fetchSession(props.id).then(setSession, () => setSession(undefined));

  // Ideas that arrive after the first sync get a gentle entrance.
  const [fresh, setFresh] = createSignal<ReadonlySet<string>>(new Set());
  let known: Set<string> | null = null;
  const allIdeas = plenary.ideas;
  createEffect(() => {
    const ids = allIdeas().map((i) => i.id);
    if (!live.synced()) return;
    if (known === null) {
      known = new Set(ids);
      return;
    }
    const added = ids.filter((id) => !known?.has(id));
    for (const id of added) known.add(id);
    if (added.length === 0) return;
    setFresh((s) => new Set([...s, ...added]));
    // The entrance plays once; later re-renders show the tile plainly.
    setTimeout(() => {
      setFresh((s) => new Set([...s].filter((id) => !added.includes(id))));
    }, 1500);
  });

  const phase = () => {
    const p = meta().phase;
    return isPhase(p) ? p : null;
  };
  const revealed = () => meta().revealed === true;
  const collecting = () => phase() === "collect" || phase() === null;
  // The code stays up while the session runs, so latecomers can join: large while
  // collecting, small in a corner after.
  const joinShown = () => meta().running === true && session() !== undefined;
  const countdown = createCountdown(meta);
  const byId = plenary.byId;

  /** Tiles in order: the plenary's groups, each followed by its ideas, then the rest. */
  const tiles = createMemo<Tile[]>(() => {
    const ideas = allIdeas();
    const groups = plenary.canvas.groups();
    const placement = plenary.canvas.placement();
    const out: Tile[] = [];
    if (groups.length === 0) {
      const tables = plenary.tables();
      if (tables.length === 0) return ideas.map((i) => ({ kind: "idea", id: i.id }));
      // Before any grouping, the ideas stand under the table they came from.
      for (const section of [{ id: props.id, title: t("ws.phone.plenary") }, ...tables]) {
        const list = ideas.filter((i) => i.tableId === section.id);
        if (list.length === 0) continue;
        out.push({ kind: "group", id: section.id, name: section.title });
        for (const idea of list) out.push({ kind: "idea", id: idea.id });
      }
      return out;
    }
    for (const group of [...groups, { id: "", name: t("ws.canvas.ungrouped"), order: Infinity }]) {
      const list = ideas.filter((i) => (placement.get(i.id) ?? "") === group.id);
      if (list.length === 0) continue;
      out.push({ kind: "group", id: group.id || "none", name: group.name });
      for (const idea of list) out.push({ kind: "idea", id: idea.id });
    }
    return out;
  });

  // Keyed by strings, so a change does not rebuild (and re-animate) every tile.
  const tileKeys = createMemo(
    () => tiles().map((tile) => `${tile.kind === "group" ? "g" : "i"}:${tile.id}`),
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  );
  const groupNames = createMemo(
    () => new Map(tiles().flatMap((tile) => (tile.kind === "group" ? [[tile.id, tile.name] as const] : []))),
  );

  const ranked = createMemo(() =>
    [...allIdeas()].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.createdAt.localeCompare(b.createdAt)),
  );
  const maxVotes = () => Math.max(1, ...ranked().map((i) => i.votes ?? 0));
  const spotlit = () => {
    const id = meta().spotlight;
    return id ? byId().get(id) : undefined;
  };

  let grid: HTMLDivElement | undefined;
  // Size the grid from the count; CSS variables are set through the CSSOM (the CSP allows no inline styles).
  const layout = createMemo(() => {
    const n = Math.max(1, tiles().length);
    const cols = columnsFor(n);
    return { cols, rows: Math.ceil(n / cols) };
  });
  createEffect(() => {
    const { cols, rows } = layout();
    grid?.style.setProperty("--cols", String(cols));
    grid?.style.setProperty("--rows", String(rows));
  });

  const shortUrl = () => {
    const s = session();
    if (!s) return "";
    try {
      const url = new URL(s.joinUrl);
      return `${url.host}/join`;
    } catch {
      return s.joinUrl;
    }
  };

  return (
    <div class="present" classList={{ "with-join": joinShown() && collecting() }}>
      <header class="present-bar">
        <PageHeading own text={meta().title ?? ""} />
        <p class="present-phase">{phase() ? phaseName(phase() ?? "collect") : t("ws.noPhase")}</p>
        <Countdown countdown={countdown} class="present-timer" />
      </header>
      <div class="present-body">
        <Show when={joinShown() && session()}>
          {(s) => (
            <section
              class="present-join"
              classList={{ "is-corner": !collecting() }}
              aria-labelledby="present-join-heading"
            >
              <h2 id="present-join-heading">{t("ws.present.join")}</h2>
              <p class="present-url">{shortUrl()}</p>
              <p class="present-code">
                <span class="visually-hidden">{t("ws.present.code")}: </span>
                {formatJoinCode(s().code)}
              </p>
              <img class="present-qr" src={qrSrc(props.id)} alt={t("ws.present.qr")} />
            </section>
          )}
        </Show>
        <section class="present-main" aria-label={t("ws.phone.ideas")}>
          <Show
            when={!revealed()}
            fallback={
              <section class="present-results" aria-labelledby="present-results-heading">
                <h2 id="present-results-heading">{t("ws.present.results")}</h2>
                <ol class="present-bars">
                  <For each={ranked().slice(0, BARS)}>
                    {(idea) => (
                      <li class="present-bar-row">
                        <span class="present-bar-title">{idea.title}</span>
                        <span class="present-bar-track" aria-hidden="true">
                          <BarFill share={(idea.votes ?? 0) / maxVotes()} />
                        </span>
                        <span class="present-bar-value">{tn("ws.dots", idea.votes ?? 0)}</span>
                      </li>
                    )}
                  </For>
                </ol>
                <Show when={ranked().length > BARS}>
                  <p class="present-more">{t("ws.present.more", { n: ranked().length - BARS })}</p>
                </Show>
              </section>
            }
          >
            <Show
              when={allIdeas().length > 0}
              fallback={<p class="present-empty">{t("ws.present.empty")}</p>}
            >
              <div class="present-grid" ref={grid}>
                <For each={tileKeys()}>
                  {(key) => {
                    const id = key.slice(2);
                    return key.startsWith("g:") ? (
                      <h2 class="present-group">{groupNames().get(id) ?? ""}</h2>
                    ) : (
                      <p class="present-idea" classList={{ "is-new": fresh().has(id) }}>
                        {byId().get(id)?.title ?? ""}
                      </p>
                    );
                  }}
                </For>
              </div>
            </Show>
          </Show>
          <Show when={spotlit()}>
            {(idea) => (
              <section class="present-spotlight" aria-labelledby="present-spotlight-heading">
                <p class="present-spotlight-label">{t("ws.present.spotlight")}</p>
                <h2 id="present-spotlight-heading">{idea().title}</h2>
                <Show when={idea().excerpt}>
                  <p>{idea().excerpt}</p>
                </Show>
                <p class="present-spotlight-author">{idea().authorName}</p>
              </section>
            )}
          </Show>
        </section>
      </div>
    </div>
  );
}

/** A bar's length as a CSS variable, set through the CSSOM. */
function BarFill(props: { share: number }) {
  let el: HTMLSpanElement | undefined;
  createEffect(() => el?.style.setProperty("--share", String(props.share)));
  return <span class="present-bar-fill" ref={el} />;
}
