import type { Office } from "@quer/shared";
import { createSignal } from "solid-js";
import { isServer } from "solid-js/web";
import { call, server } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";

/** The office as the header shows it; undefined until the first answer is in. */
const [office, setOffice] = createSignal<Office | undefined>(undefined);
let asked = false;

/**
 * The office's name and logo. A board page brings them in its data block (so the
 * server's first view and the app show the same header); other pages ask the API once.
 */
export function currentOffice(): Office | undefined {
  if (!isServer && !asked) {
    asked = true;
    const embedded = takeFirst("office");
    if (embedded) setOffice(embedded);
    else
      call(server.office.$get()).then(
        (answer) => setOffice(answer.office),
        () => {
          // Offline: the header shows the app's name alone until a page loads again.
        },
      );
  }
  return office();
}

/** After the manager changed them: every header on this page shows the new ones. */
export function officeChanged(next: Office): void {
  asked = true;
  setOffice(next);
}

/** For the server's render only: the office the page is rendered with (one synchronous call). */
export function renderWithOffice(next: Office | undefined): void {
  setOffice(next);
}
