import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { ClusterCanvas } from "../ClusterCanvas.tsx";
import { openCanvas } from "../canvas.ts";
import type { Outbox } from "../outbox.ts";
import { PostSection } from "./PostSection.tsx";
import "../messages.ts";

/**
 * Clustering: the ideas are grouped on the canvas. Everyone watches it live; participants
 * arrange too when the facilitator allows it. Posting stays possible only if reopened.
 */
export function ClusterScreen(props: {
  boardId: string;
  outbox: Outbox;
  postingOpen: boolean;
  onUsed: () => void;
  ideas: readonly BoardDocIdea[];
  mayArrange: boolean;
  /** The ideas are at the topic tables and none here: nothing to arrange on this canvas. */
  atTables: boolean;
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
        <Show when={!props.atTables} fallback={<p class="ws-empty">{t("ws.phone.clusterAtTables")}</p>}>
          {/* A change of permission opens the canvas again, as writer or as reader. */}
          <For each={[props.mayArrange]}>
            {(write) => <CanvasOf boardId={props.boardId} write={write} ideas={props.ideas} />}
          </For>
        </Show>
      </section>
    </>
  );
}

function CanvasOf(props: { boardId: string; write: boolean; ideas: readonly BoardDocIdea[] }) {
  const canvas = openCanvas(props.boardId, props.write);
  return <ClusterCanvas canvas={canvas} ideas={props.ideas} write={props.write} idPrefix="phone-canvas" />;
}
