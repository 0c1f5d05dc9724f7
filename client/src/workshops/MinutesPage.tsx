import { A, useParams } from "@solidjs/router";
import { createResource, For, Match, Show, Switch } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { t } from "../i18n/i18n.ts";
import { type Block, parseMarkdown } from "./markdown.ts";
import { fetchMinutes, minutesHref } from "./workshop-api.ts";
import "./workshop.css";
import "./messages.ts";

/** The minutes (Protokoll) as a print-ready page, from the server's Markdown. */
export default function MinutesPage() {
  const params = useParams<{ boardId: string }>();
  const [text] = createResource(() => params.boardId, fetchMinutes);
  const blocks = (): Block[] => (text.error ? [] : parseMarkdown(text() ?? ""));
  const title = () => {
    const first = blocks()[0];
    return first?.kind === "heading" && first.level === 1 ? first.text : t("ws.minutes.title");
  };
  const body = () => {
    const list = blocks();
    return list[0]?.kind === "heading" && list[0].level === 1 ? list.slice(1) : list;
  };

  return (
    <PageLoad
      data={!text.error && text() !== undefined}
      failure={text.error as ApiError | undefined}
      errorTitle={t("ws.loadError")}
    >
      <article class="ws-minutes">
        <PageHeading own text={title()} />
        <div class="ws-minutes-actions">
          <a class="button" href={minutesHref(params.boardId)} download="">
            {t("ws.minutes.download")}
          </a>
          <button type="button" class="button" onClick={() => window.print()}>
            {t("ws.minutes.print")}
          </button>
          <A href={`/facilitate/${params.boardId}`}>{t("ws.minutes.back")}</A>
        </div>
        <For each={body()}>
          {(block) => (
            <Switch>
              <Match when={block.kind === "heading" && block}>
                {(h) => (
                  <Show when={h().level === 3} fallback={<h2>{h().text}</h2>}>
                    <h3>{h().text}</h3>
                  </Show>
                )}
              </Match>
              <Match when={block.kind === "list" && block}>
                {(l) => (
                  <ul>
                    <For each={l().items}>{(item) => <li>{item}</li>}</For>
                  </ul>
                )}
              </Match>
              <Match when={block.kind === "paragraph" && block}>{(p) => <p>{p().text}</p>}</Match>
            </Switch>
          )}
        </For>
      </article>
    </PageLoad>
  );
}
