import type { JSX } from "solid-js";
import { Pictogram } from "./Pictogram.tsx";
import type { PictogramName } from "./pictograms.ts";

/** Nothing here yet: a drawing, the words, and what to do next (`children`). */
export function EmptyState(props: { pictogram: PictogramName; text: string; children?: JSX.Element }) {
  return (
    <div class="empty-state">
      <Pictogram name={props.pictogram} />
      <p>{props.text}</p>
      {props.children}
    </div>
  );
}
