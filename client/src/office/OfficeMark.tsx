import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { currentOffice } from "./office.ts";

/**
 * The office's logo and name at the start of the header, linking home. The name is the
 * office's own and is never translated; the logo's description is the manager's.
 */
export function OfficeMark() {
  return (
    <Show when={currentOffice()}>
      {(office) => (
        <A href="/" class="office-mark" end>
          <Show when={office().logo}>
            {(logo) => <img class="office-logo" src={logo().url} alt={logo().alt} height="40" />}
          </Show>
          <span class="office-name" lang="de" dir="auto">
            {office().name}
          </span>
        </A>
      )}
    </Show>
  );
}
