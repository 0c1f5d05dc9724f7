/**
 * The pictograms' drawings: one stroked path each on a 24×24 grid (circles are two
 * arcs). They stand beside a word, never for it, for people who read little German.
 */
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const drawings = {
  /** A light bulb. */
  idea: "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z",
  /** A warning triangle. */
  problem: "M12 3.5 2.5 20h19zM12 9.5v4.5M12 17v.5",
  /** Two people side by side. */
  people: `${circle(8, 8, 3)}${circle(16.5, 8, 2.5)}M2.5 20c0-3.5 2.4-6 5.5-6s5.5 2.5 5.5 6M15.5 14c3 0 6 2 6 6`,
  /** A leaf. */
  leaf: "M5 19C5 10 10 5 20 4c0 10-5 15-13 15zM5 19l8-8",
  /** A bus from the front. */
  bus: `M6 3h12a2 2 0 0 1 2 2v12H4V5a2 2 0 0 1 2-2zM4 11h16M7 17v3M17 17v3M8 14h.5M15.5 14h.5`,
  /** A ball. */
  ball: `${circle(12, 12, 9)}M3 12h18M12 3c-3.5 3-3.5 15 0 18M12 3c3.5 3 3.5 15 0 18`,
  /** A note of music. */
  note: `M9 18V5l11-2v13${circle(6, 18, 3)}${circle(17, 16, 3)}`,
  /** Three dots: everything else. */
  more: `${circle(5.5, 12, 1.5)}${circle(12, 12, 1.5)}${circle(18.5, 12, 1.5)}`,
  /** A tag: a category without a drawing of its own. */
  tag: `M3 12V4h8l10 10-8 8z${circle(7.5, 8, 1.5)}`,
  /** A board with a pinned card: boards, and an empty board. */
  board: "M3 5h18v14H3zM7 9h5v4H7zM15 9h2M15 12h2M9.5 7v2",
  /** A bell: notifications. */
  bell: "M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20.5h4",
  /** A tray with a tick: an empty queue. */
  tray: "M3 13h5l1.5 3h5l1.5-3h5M3 13l2.5-8h13l2.5 8v6H3zM9 9l2 2 4-4",
} as const;

export type PictogramName = keyof typeof drawings;

export { categoryPictogram } from "@quer/shared/boards/category-pictogram";
