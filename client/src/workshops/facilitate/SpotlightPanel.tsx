import { createMemo, createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import type { PlenaryIdea } from "../plenary.ts";
import { spotlight } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** One idea large on the projector, chosen from every idea of the evening, wherever it sits. */
export function SpotlightPanel(props: { f: Facilitation }) {
  const f = props.f;
  const [choice, setChoice] = createSignal("");
  const ideas = () => f.plenary.ideas();
  // The live merge: a spotlight switched off (null in the document) is off, not the answer's.
  const current = () => f.board().spotlightIdeaId ?? "";
  // With topic tables, the ideas come under their table's name.
  const sections = createMemo(() => {
    const list = [
      { id: f.id, title: t("ws.phone.plenary") },
      ...f.plenary.tables().map((table) => ({ id: table.id, title: table.title })),
    ];
    return list
      .map((s) => ({ ...s, ideas: ideas().filter((i) => i.tableId === s.id) }))
      .filter((s) => s.ideas.length > 0);
  });
  const option = (idea: PlenaryIdea) => (
    <option value={idea.id} selected={current() === idea.id}>
      {idea.title}
    </option>
  );
  const show = (e: SubmitEvent) => {
    e.preventDefault();
    const id = choice() || current() || ideas()[0]?.id;
    if (id) void f.run("spotlight", () => spotlight(f.id, id));
  };
  return (
    <Panel id="ws-spotlight" title={t("ws.fac.spotlight")} alert={f.alert("spotlight")}>
      <form class="ws-inline-form" onSubmit={show}>
        <label for="ws-spotlight-idea">{t("ws.fac.spotlightIdea")}</label>
        <select id="ws-spotlight-idea" onChange={(e) => setChoice(e.currentTarget.value)}>
          <Show when={f.plenary.tables().length > 0} fallback={<For each={ideas()}>{option}</For>}>
            <For each={sections()}>
              {(section) => (
                <optgroup label={section.title}>
                  <For each={section.ideas}>{option}</For>
                </optgroup>
              )}
            </For>
          </Show>
        </select>
        <button type="submit" class="button">
          {t("ws.fac.spotlightShow")}
        </button>
      </form>
      <Show when={current()}>
        {(id) => (
          <p>
            {t("ws.present.spotlight")}: {f.plenary.byId().get(id())?.title ?? ""}{" "}
            <button
              type="button"
              class="button"
              onClick={() => f.run("spotlight", () => spotlight(f.id, null))}
            >
              {t("ws.fac.spotlightClear")}
            </button>
          </p>
        )}
      </Show>
    </Panel>
  );
}
