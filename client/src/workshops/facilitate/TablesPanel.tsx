import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { addTable } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** The topic tables: a link to each, and a new one. */
export function TablesPanel(props: { f: Facilitation }) {
  const f = props.f;
  const [name, setName] = createSignal("");
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const title = name().trim();
    if (!title) return;
    void f.run(
      "tables",
      async () => {
        await addTable(f.id, title);
        setName("");
      },
      t("ws.fac.tableAdded", { title }),
    );
  };
  return (
    <Panel id="ws-tables-panel" title={t("ws.fac.tables")} alert={f.alert("tables")}>
      <Show when={f.plenary.tables().length > 0} fallback={<p>{t("ws.fac.tablesNone")}</p>}>
        <ul>
          <For each={f.plenary.tables()}>
            {(table) => (
              <li>
                <A href={`/workshop/${table.id}`}>{table.title}</A>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form class="ws-inline-form" onSubmit={add}>
        <label for="ws-table-name">{t("ws.fac.tableName")}</label>
        <input
          id="ws-table-name"
          type="text"
          maxLength={80}
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("ws.fac.tableAdd")}
        </button>
      </form>
    </Panel>
  );
}
