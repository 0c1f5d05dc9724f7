import { type Phase, phases } from "@quer/shared/workshops/rules";
import { For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { phaseName } from "../parts.tsx";
import { reveal, setPhase } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** The phase of the evening (for the workshop and all its tables) and the reveal. */
export function PhasePanel(props: { f: Facilitation }) {
  const f = props.f;
  const change = (next: Phase) =>
    f.run("phase", () => setPhase(f.id, next), t("ws.fac.phaseChanged", { phase: phaseName(next) }));
  return (
    <Panel id="ws-phases" title={t("ws.fac.phases")} alert={f.alert("phase")}>
      <div class="ws-phase-buttons">
        <For each={phases}>
          {(p) => (
            <button
              type="button"
              class="button"
              aria-pressed={f.board().phase === p}
              onClick={() => change(p)}
            >
              {phaseName(p)}
            </button>
          )}
        </For>
      </div>
      <p>{f.board().revealed ? t("ws.fac.revealed") : t("ws.fac.notRevealed")}</p>
      <Show when={!f.board().revealed}>
        <button
          type="button"
          class="button button-primary"
          onClick={() => f.run("phase", () => reveal(f.id), t("ws.fac.revealed"))}
        >
          {t("ws.fac.reveal")}
        </button>
      </Show>
    </Panel>
  );
}
