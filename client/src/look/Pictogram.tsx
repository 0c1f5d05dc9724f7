import { drawings, type PictogramName } from "./pictograms.ts";

/** A pictogram beside its word: hidden from assistive technology, which reads the word. */
export function Pictogram(props: { name: PictogramName; class?: string }) {
  return (
    <svg
      class={props.class ? `pictogram ${props.class}` : "pictogram"}
      viewBox="0 0 24 24"
      aria-hidden="true"
    >
      <path d={drawings[props.name]} />
    </svg>
  );
}
