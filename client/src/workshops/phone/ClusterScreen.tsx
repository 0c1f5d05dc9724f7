import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import type { LiveBoard } from "../../sync/live-board.ts";
import { ClusterCanvas } from "../ClusterCanvas.tsx";
import { openCanvas } from "../canvas.ts";
import type { Outbox } from "../outbox.ts";
import { openPlenary } from "../plenary.ts";
import { PostSection } from "./PostSection.tsx";
import "../messages.ts";

/**
 * Clustering: the ideas are grouped on the canvas. Everyone watches it live; participants
 * arrange too when the facilitator allows it. Posting stays possible only if reopened.
 * On the plenary the canvas is the rolled-up one, every table's ideas in the plenary's
 * groups, as on the projector; at a table it is the table's own.
 */
export function ClusterScreen(props: {
  boardId: string;
  /** On the plenary: the workshop's live board, whose tables are rolled up. At a table: absent. */
  plenary: LiveBoard | undefined;
  outbox: Outbox;
  postingOpen: boolean;
  onUsed: () => void;
  ideas: readonly BoardDocIdea[];
  mayArrange: boolean;
}) {
  return (
    <>
      <PostSection
        outbox={props.outbox}
        open={props.postingOpen}
        closedText={t("ws.phone.postingClosed")}
        onUsed={props.onUsed}
      />
      <section class="ws-section" aria-labelledby="ws-canvas-heading">
        <h2 id="ws-canvas-heading">{t("ws.canvas.title")}</h2>
        <Show
          when={props.plenary}
          fallback={
            // A change of permission opens the canvas again, as writer or as reader.
            <For each={[props.mayArrange]}>
              {(write) => <CanvasOf boardId={props.boardId} write={write} ideas={props.ideas} />}
            </For>
          }
        >
          {(live) => <PlenaryCanvasOf workshopId={props.boardId} live={live()} write={props.mayArrange} />}
        </Show>
      </section>
    </>
  );
}

function CanvasOf(props: { boardId: string; write: boolean; ideas: readonly BoardDocIdea[] }) {
  const canvas = openCanvas(props.boardId, props.write);
  return <ClusterCanvas canvas={canvas} ideas={props.ideas} write={props.write} idPrefix="phone-canvas" />;
}

/**
 * The plenary as the facilitator and the projector see it. Writes go through the
 * plenary's canvas operations, so taking a table's group off leaves a marker and the
 * tables' canvases are only read. Opens, while shown, one board and one canvas per table.
 */
function PlenaryCanvasOf(props: { workshopId: string; live: LiveBoard; write: boolean }) {
  // Only the plenary's own canvas opens again when the permission changes.
  const plenary = openPlenary(props.workshopId, props.live, () => props.write);
  const tableOf = (ideaId: string) => {
    const tableId = plenary.byId().get(ideaId)?.tableId;
    const table = plenary.tables().find((x) => x.id === tableId);
    return table && t("ws.results.table", { title: table.title });
  };
  return (
    <>
      <Show when={plenary.tables().length > 0}>
        <p>{t("ws.phone.clusterPlenary")}</p>
      </Show>
      <ClusterCanvas
        canvas={plenary.canvas}
        ideas={plenary.ideas()}
        write={props.write}
        idPrefix="phone-canvas"
        note={tableOf}
      />
    </>
  );
}
