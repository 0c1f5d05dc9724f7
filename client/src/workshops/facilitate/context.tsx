import type { Board } from "@quer/shared";
import type { BoardDocMeta } from "@quer/shared/sync/board-doc";
import { type Accessor, createSignal, type JSX, type Setter } from "solid-js";
import { announce } from "../../app/announcer.ts";
import { FormAlert, formErrorText } from "../../app/forms.tsx";
import type { LiveBoard } from "../../sync/live-board.ts";
import type { createCountdown } from "../parts.tsx";
import type { Plenary } from "../plenary.ts";
import type { SessionInfo } from "../workshop-api.ts";
import "../messages.ts";

/** The session as the page knows it: read, or just started here (both answer the same). */
export type Session = SessionInfo;

/** The control panels' names: each shows the failures of its own commands. */
export type PanelName = "session" | "phase" | "timer" | "settings" | "spotlight" | "tables";

/** What every control panel of the facilitator's page reads and runs its commands with. */
export interface Facilitation {
  id: string;
  board: Accessor<Board>;
  meta: Accessor<Partial<BoardDocMeta>>;
  live: LiveBoard;
  plenary: Plenary;
  countdown: ReturnType<typeof createCountdown>;
  session: Accessor<Session | undefined>;
  setSession: Setter<Session | undefined>;
  alert: (panel: PanelName) => string | undefined;
  setAlert: (panel: PanelName, text: string | undefined) => void;
  /** Runs a command (one at a time); a failure shows in the panel that asked. */
  run: (panel: PanelName, command: () => Promise<unknown>, done?: string) => Promise<void>;
}

export function createCommands(): Pick<Facilitation, "alert" | "setAlert" | "run"> {
  const [alerts, setAlerts] = createSignal<Partial<Record<PanelName, string>>>({});
  const setAlert = (panel: PanelName, text: string | undefined) =>
    setAlerts((a) => ({ ...a, [panel]: text }));
  let busy = false;
  const run = async (panel: PanelName, command: () => Promise<unknown>, done?: string) => {
    if (busy) return;
    busy = true;
    setAlert(panel, undefined);
    try {
      await command();
      if (done) announce(done);
    } catch (error) {
      setAlert(panel, formErrorText(error));
    } finally {
      busy = false;
    }
  };
  return { alert: (panel) => alerts()[panel], setAlert, run };
}

/** A control section: a labelled region with its own alert for failed commands. */
export function Panel(props: {
  id: string;
  title: string;
  alert?: string | undefined;
  wide?: boolean;
  children: JSX.Element;
}) {
  return (
    <section
      class="ws-panel"
      classList={{ "ws-panel-wide": props.wide === true }}
      aria-labelledby={`${props.id}-heading`}
    >
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <FormAlert message={props.alert} />
      {props.children}
    </section>
  );
}
