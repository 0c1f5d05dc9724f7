import { Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { connection } from "./connection.ts";

const labels = {
  connecting: "conn.connecting",
  live: "conn.live",
  reconnecting: "conn.reconnecting",
  offline: "conn.offline",
  closed: "conn.closed",
} as const;

/**
 * Text plus a shape per state, so the state never rests on colour alone. The status
 * region stays in the page while its text changes, so changes are announced.
 */
export function ConnectionIndicator() {
  return (
    <div class="connection-slot" role="status">
      <Show when={connection()}>
        {(state) => (
          <p class="connection" data-state={state()}>
            <span class="connection-dot" aria-hidden="true" />
            {t(labels[state()])}
          </p>
        )}
      </Show>
    </div>
  );
}
