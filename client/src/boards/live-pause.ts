import { createSignal } from "solid-js";

/**
 * Whether the board's live stream is held (WCAG 2.2.2): for the visit, so a reload or the
 * next board keeps it, and a new visit starts live again. A module signal, one for every
 * board page of the tab.
 */
const KEY = "quer.liveHeld";

function stored(): boolean {
  try {
    return typeof sessionStorage !== "undefined" && sessionStorage.getItem(KEY) === "1";
  } catch {
    // Storage can be disabled; the choice then holds until the page is left.
    return false;
  }
}

const [held, setHeldSignal] = createSignal(stored());

export { held as liveHeld };

export function holdLive(value: boolean): void {
  setHeldSignal(value);
  try {
    if (value) sessionStorage.setItem(KEY, "1");
    else sessionStorage.removeItem(KEY);
  } catch {
    // Not kept; it still holds on this page.
  }
}
