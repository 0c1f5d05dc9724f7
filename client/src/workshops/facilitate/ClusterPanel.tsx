import { createMemo, createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { openLiveBoard } from "../../sync/live-board.ts";
import { ClusterCanvas } from "../ClusterCanvas.tsx";
import { openCanvas } from "../canvas.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/**
 * Clustering: the plenary (every table's ideas and groups, rolled up) or one topic
 * table's own canvas.
 */
export function ClusterPanel(props: { f: Facilitation }) {
  const f = props.f;
  const [board, setBoard] = createSignal(f.id);
  const tableOf = (ideaId: string) => {
    const tableId = f.plenary.byId().get(ideaId)?.tableId;
    const table = f.plenary.tables().find((x) => x.id === tableId);
    return table && t("ws.results.table", { title: table.title });
  };
  return (
    <Panel id="ws-cluster" title={t("ws.canvas.title")} wide>
      <Show when={f.plenary.tables().length > 0}>
        <div class="field">
          <label for="ws-canvas-board">{t("ws.fac.canvasTable")}</label>
          <select id="ws-canvas-board" onChange={(e) => setBoard(e.currentTarget.value)}>
            <option value={f.id}>{t("ws.phone.plenary")}</option>
            <For each={f.plenary.tables()}>{(table) => <option value={table.id}>{table.title}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={board()} keyed>
        {(id) =>
          id === f.id ? (
            <ClusterCanvas
              canvas={f.plenary.canvas}
              ideas={f.plenary.ideas()}
              write={true}
              idPrefix="fac-canvas"
              note={tableOf}
            />
          ) : (
            <TableCanvas boardId={id} />
          )
        }
      </Show>
    </Panel>
  );
}

/** A topic table's own canvas, with that table's ideas. */
function TableCanvas(props: { boardId: string }) {
  const live = openLiveBoard(props.boardId, { indicator: false });
  const canvas = openCanvas(props.boardId, true);
  const ideas = createMemo(() => [...live.ideas().values()]);
  return <ClusterCanvas canvas={canvas} ideas={ideas()} write={true} idPrefix="fac-table-canvas" />;
}
