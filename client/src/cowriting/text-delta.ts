/** A Y.Text change as Yjs reports it: retain, insert and delete, from the start. */
export type Delta = readonly { insert?: unknown; retain?: number; delete?: number }[];

/**
 * Where `index` of the text before `delta` is in the text after it. Text inserted exactly
 * at `index` goes after it when `stickLeft` (the position keeps to the letter before it),
 * before it otherwise; a deleted stretch around `index` pulls it to where the stretch began.
 */
export function mapIndex(delta: Delta, index: number, stickLeft: boolean): number {
  let old = 0;
  let moved = index;
  for (const op of delta) {
    if (op.retain !== undefined) {
      old += op.retain;
    } else if (op.delete !== undefined) {
      if (old < index) moved -= Math.min(op.delete, index - old);
      old += op.delete;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === "string" ? op.insert.length : 1;
      if (old < index || (old === index && !stickLeft)) moved += length;
    }
    if (old > index) break;
  }
  return moved;
}
