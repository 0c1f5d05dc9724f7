import { type Accessor, createEffect, createUniqueId, For, on, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { t } from "../i18n/i18n.ts";
import { type Present, presenceChanges } from "./presence.ts";
import "./messages.ts";

/** Someone who starts typing again within this time is not announced again. */
const TYPING_ANNOUNCED_FOR_MS = 60_000;

/**
 * "Gerade hier: Anna – schreibt gerade: Beschreibung; Ben – im Feld Titel". Who has the
 * editor open, and who changed the text in the last seconds, in which field. The list
 * changes with every caret move, so it is no live region; comings, goings and someone
 * starting to type are announced politely, the last at most once a minute per person.
 */
export function PresenceList(props: {
  /** From `createPresence`. */
  present: Accessor<Present[]>;
  /** The label of each field of this editor, by its presence name. */
  fields: Record<string, string>;
}) {
  const labelId = createUniqueId();
  const label = (field: string | null) => (field ? props.fields[field] : undefined);
  const announcedTyping = new Map<string, number>();
  createEffect(
    on(props.present, (now, before) => {
      const { joined, left, startedTyping } = presenceChanges(before ?? [], now);
      for (const p of joined) announce(t("cowrite.joined", { name: p.name }));
      for (const p of left) announce(t("cowrite.left", { name: p.name }));
      const time = Date.now();
      for (const p of startedTyping) {
        const field = label(p.typing);
        if (!field || time - (announcedTyping.get(p.id) ?? -Infinity) < TYPING_ANNOUNCED_FOR_MS) continue;
        announcedTyping.set(p.id, time);
        announce(t("cowrite.startedTyping", { name: p.name, field }));
      }
    }),
  );
  const present = props.present;
  const state = (p: Present): string | null => {
    if (p.typing) {
      const field = label(p.typing);
      return field ? t("cowrite.typingIn", { field }) : t("cowrite.typing");
    }
    const field = label(p.field);
    return field ? t("cowrite.inField", { field }) : null;
  };

  return (
    <div class="writers">
      <Show when={present().length > 0} fallback={<p class="writers-none">{t("cowrite.alone")}</p>}>
        <p class="writers-label" id={labelId}>
          {t("cowrite.here")}
        </p>
        <ul class="writer-list" aria-labelledby={labelId}>
          <For each={present()}>
            {(p) => (
              <li class="writer" data-typing={p.typing ? "yes" : "no"}>
                <span class="writer-dot" style={{ "background-color": p.color }} aria-hidden="true" />
                <span class="writer-name">{p.name}</span>
                <Show when={state(p)}>
                  {(s) => (
                    <span class="writer-state">
                      {" – "}
                      <Show when={p.typing}>
                        <span class="writer-pen" aria-hidden="true">
                          ✎{" "}
                        </span>
                      </Show>
                      {s()}
                    </span>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
