import { type Accessor, createEffect, createSignal, For, on, onCleanup, onMount } from "solid-js";
import type * as Y from "yjs";
import { caretIndex, type Present } from "./presence.ts";

type Field = HTMLInputElement | HTMLTextAreaElement;

/** What decides where text breaks and how tall it is, copied from the field to its mirror. */
const COPIED = [
  "direction",
  "fontFamily",
  "fontSize",
  "fontStyle",
  "fontWeight",
  "fontVariant",
  "letterSpacing",
  "lineHeight",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "tabSize",
  "textAlign",
  "textIndent",
  "textTransform",
  "wordSpacing",
] as const;

interface Spot {
  top: number;
  left: number;
  height: number;
}

/**
 * Where the caret at `index` is drawn, from the field's border edge: a hidden copy of the
 * field's text, as wide and in the same font, with an empty span at the caret (a caret in
 * right-to-left text is measured the same way). Null when scrolled out of sight.
 */
function caretSpot(el: Field, index: number): Spot | null {
  const style = getComputedStyle(el);
  const mirror = document.createElement("div");
  for (const name of COPIED) mirror.style[name] = style[name];
  Object.assign(mirror.style, {
    position: "absolute",
    visibility: "hidden",
    insetBlockStart: "0",
    insetInlineStart: "0",
    boxSizing: "border-box",
    border: "0",
    inlineSize: `${el.clientWidth}px`,
    whiteSpace: el instanceof HTMLTextAreaElement ? "pre-wrap" : "pre",
    overflowWrap: "break-word",
  });
  const mark = document.createElement("span");
  mark.textContent = "\u200b";
  mirror.append(el.value.slice(0, index), mark, el.value.slice(index));
  document.body.append(mirror);
  const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
  // A one-line input centres its line in its height; a textarea starts at its padding.
  const top =
    el instanceof HTMLTextAreaElement ? mark.offsetTop - el.scrollTop : (el.clientHeight - lineHeight) / 2;
  const left = mark.offsetLeft - el.scrollLeft;
  mirror.remove();
  const borderTop = Number.parseFloat(style.borderTopWidth) || 0;
  const borderLeft = Number.parseFloat(style.borderLeftWidth) || 0;
  if (top < 0 || top + lineHeight > el.clientHeight + 1 || left < 0 || left > el.clientWidth) return null;
  return { top: top + borderTop, left: left + borderLeft, height: lineHeight };
}

/**
 * Others' carets in one field: a thin bar in each person's colour, with their name over it
 * while they type.
 * Drawn over the field (its parent is the positioned box) and hidden from assistive
 * technology: the presence list says the same in words.
 */
export function CaretMarkers(props: {
  field: string;
  text: Y.Text;
  present: Accessor<Present[]>;
  el: () => Field | undefined;
}) {
  const [spots, setSpots] = createSignal<(Spot & { person: Present })[]>([]);
  let frame = 0;
  const measure = () => {
    frame = 0;
    const el = props.el();
    if (!el) return;
    const next: (Spot & { person: Present })[] = [];
    for (const person of props.present()) {
      if (person.field !== props.field) continue;
      const index = caretIndex(person.caret, props.text);
      if (index === null || index > el.value.length) continue;
      const spot = caretSpot(el, index);
      if (spot) next.push({ ...spot, person });
    }
    setSpots(next);
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  onMount(() => {
    const el = props.el();
    props.text.observe(later);
    el?.addEventListener("scroll", later);
    const resize = el ? new ResizeObserver(later) : null;
    if (el) resize?.observe(el);
    onCleanup(() => {
      cancelAnimationFrame(frame);
      props.text.unobserve(later);
      el?.removeEventListener("scroll", later);
      resize?.disconnect();
    });
  });
  // A caret that moved, or someone who came or went, is measured on the next frame too.
  createEffect(on(props.present, later));

  return (
    <div class="carets" aria-hidden="true">
      <For each={spots()}>
        {(s) => (
          <span
            class="caret"
            data-person={s.person.id}
            data-typing={s.person.typing === props.field ? "yes" : "no"}
            style={{
              top: `${s.top}px`,
              left: `${s.left}px`,
              height: `${s.height}px`,
              "--caret-color": s.person.color,
            }}
          >
            <span class="caret-name">{s.person.name}</span>
          </span>
        )}
      </For>
    </div>
  );
}
