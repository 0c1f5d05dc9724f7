import { IDEA_BODY_MAX, IDEA_TITLE_MAX } from "@quer/shared/ideas/rules";
import { docName } from "@quer/shared/sync/doc-names";
import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { t } from "../i18n/i18n.ts";
import { CaretMarkers } from "./CaretMarkers.tsx";
import { LOCAL, openCoeditDoc } from "./coedit-doc.ts";
import { HistoryButtons, SaveStatus, useBinding } from "./EditorParts.tsx";
import { PresenceList } from "./PresenceList.tsx";
import { createPresence } from "./presence.ts";
import { personalUndo } from "./text-binding.ts";
import { Versions } from "./Versions.tsx";
import "./cowriting.css";
import "./messages.ts";

export interface IdeaTextProps {
  ideaId: string;
  /** Whether this person may write `idea:<id>` (author, co-author, manager, …). */
  canEdit: boolean;
  meId: string | undefined;
  /** The text from the HTTP answer, shown until the live document is there. */
  title: string;
  body: string;
  onTitle: (title: string) => void;
  /** Write access went away (removed as co-author, signed out): reload permissions. */
  onWriteLost: () => void;
}

/**
 * The idea's text, live from `idea:<id>`: an editor for the people who write it, the text
 * as it changes for everyone else. Lives in its own chunk with Yjs' offline store.
 */
export default function IdeaText(props: IdeaTextProps) {
  // A new round is a fresh document after the server told us to drop our copy.
  const [round, setRound] = createSignal(0);
  return (
    <Show when={round() + 1} keyed>
      {(_r) => <LiveIdeaText {...props} onReset={() => setRound((n) => n + 1)} />}
    </Show>
  );
}

function LiveIdeaText(props: IdeaTextProps & { onReset: () => void }) {
  const live = openCoeditDoc(docName("idea", props.ideaId), { write: props.canEdit, onReset: props.onReset });
  const title = live.doc.getText("title");
  const body = live.doc.getText("body");
  const [titleText, setTitleText] = createSignal(props.title);
  const [bodyText, setBodyText] = createSignal(props.body);
  const read = () => {
    // An empty document before the first sync is not "no text".
    if (!live.ready()) return;
    setTitleText(title.toString());
    setBodyText(body.toString());
  };
  title.observe(read);
  body.observe(read);
  onCleanup(() => {
    title.unobserve(read);
    body.unobserve(read);
  });
  createEffect(on(live.ready, read));
  createEffect(on(titleText, (text) => props.onTitle(text)));
  createEffect(
    on(live.ended, (ended) => {
      if (ended !== "writeLost") return;
      announce(t("cowrite.writeLost"));
      props.onWriteLost();
    }),
  );

  return (
    <Show
      when={props.canEdit && !live.ended()}
      fallback={
        <div class="idea-body">
          <Show when={bodyText()} fallback={<p>{t("idea.noBody")}</p>}>
            <p>{bodyText()}</p>
          </Show>
        </div>
      }
    >
      <Show when={live.ready()} fallback={<p class="loading">{t("app.loading")}</p>}>
        <Editor live={live} title={title} body={body} meId={props.meId} />
        <Versions ideaId={props.ideaId} current={() => ({ title: titleText(), body: bodyText() })} />
      </Show>
    </Show>
  );
}

function Editor(props: {
  live: ReturnType<typeof openCoeditDoc>;
  title: import("yjs").Text;
  body: import("yjs").Text;
  meId: string | undefined;
}) {
  const undo = personalUndo([props.title, props.body], LOCAL);
  onCleanup(() => undo.destroy());
  const awareness = props.live.provider.awareness;
  const present = createPresence(awareness, props.meId);
  const fields = { title: props.title, body: props.body };
  const elements: Partial<Record<"title" | "body", HTMLInputElement | HTMLTextAreaElement>> = {};
  const bind = (field: "title" | "body") => (el: HTMLInputElement | HTMLTextAreaElement) => {
    elements[field] = el;
    useBinding(el, fields[field], { origin: LOCAL, undo, awareness, field });
  };
  const carets = (field: "title" | "body") => (
    <CaretMarkers field={field} text={fields[field]} present={present} el={() => elements[field]} />
  );

  return (
    <section class="cowrite" aria-labelledby="cowrite-heading">
      <h2 id="cowrite-heading">{t("cowrite.heading")}</h2>
      <p class="hint" id="cowrite-hint">
        {t("cowrite.hint")}
      </p>
      <PresenceList present={present} fields={{ title: t("cowrite.title"), body: t("cowrite.body") }} />
      <div class="field">
        <label for="cowrite-title">{t("cowrite.title")}</label>
        <div class="field-box">
          <input
            id="cowrite-title"
            type="text"
            maxLength={IDEA_TITLE_MAX}
            autocomplete="off"
            aria-describedby="cowrite-hint"
            ref={bind("title")}
          />
          {carets("title")}
        </div>
      </div>
      <div class="field">
        <label for="cowrite-body">{t("cowrite.body")}</label>
        <div class="field-box">
          <textarea id="cowrite-body" rows={8} maxLength={IDEA_BODY_MAX} ref={bind("body")} />
          {carets("body")}
        </div>
      </div>
      <div class="cowrite-bar">
        <HistoryButtons undo={undo} />
        <SaveStatus save={props.live.save} connection={props.live.connection} />
      </div>
    </section>
  );
}
