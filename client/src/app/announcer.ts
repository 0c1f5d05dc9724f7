import { createSignal } from "solid-js";

/**
 * One polite live region for the whole app (it lives in the layout from the first
 * paint: screen readers ignore regions that appear together with their text).
 */
const [message, setMessage] = createSignal("");

export { message as announcement };

let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  // Re-setting the same text would not be read again; clearing first makes it a change.
  setMessage("");
  queueMicrotask(() => setMessage(text));
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => setMessage(""), 10_000);
}
