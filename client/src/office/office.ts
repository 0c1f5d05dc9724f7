import type { Office } from "@quer/shared";
import { createSignal } from "solid-js";
import { isServer } from "solid-js/web";
import { call, server } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";

/** The office as the header shows it; undefined until it is known. */
const [office, setOffice] = createSignal<Office | undefined>(undefined);
let asked = false;
/** The office as this browser last saw it, so the header of the next page starts with it. */
const STORAGE_KEY = "quer.office";

function remembered(): Office | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Office | null;
    return stored && typeof stored.name === "string" ? stored : undefined;
  } catch {
    return undefined;
  }
}

function show(next: Office): void {
  setOffice(next);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or off: the next page asks the API again, as on a first visit.
  }
}

/**
 * The office's name and logo. A board page brings them in its data block (so the
 * server's first view and the app show the same header); other pages start with what
 * this browser saw last, so the header does not move, and ask the API once.
 */
export function currentOffice(): Office | undefined {
  if (!isServer && !asked) {
    asked = true;
    const embedded = takeFirst("office");
    if (embedded) show(embedded);
    else {
      const last = remembered();
      if (last) setOffice(last);
      call(server.office.$get()).then(
        (answer) => show(answer.office),
        () => {
          // Offline: the header keeps what it showed, or the app's name alone.
        },
      );
    }
  }
  return office();
}

/** After the manager changed them: every header on this page shows the new ones. */
export function officeChanged(next: Office): void {
  asked = true;
  show(next);
}

/** For the server's render only: the office the page is rendered with (one synchronous call). */
export function renderWithOffice(next: Office | undefined): void {
  setOffice(next);
}
