/**
 * The look's design tokens, in one place: the palettes of both themes, the type, space,
 * radius and shadow scales, and the colour pairs that must stay readable. `tokensCss()`
 * writes them as the custom properties of client/src/app/tokens.css; a unit test checks
 * that file is this module's output and every pair meets WCAG AA. Only the test and the
 * file read this module, so none of it reaches the browser as script.
 */

export const themes = ["light", "dark"] as const;
export type Theme = (typeof themes)[number];

/** Colour roles. Each text role is checked on the backgrounds it appears on (`pairs`). */
export interface Palette {
  /** The page behind everything. */
  bg: string;
  /** Cards, the header, dialogs: raised above the page. */
  card: string;
  /** Tinted regions: filter boxes, code, the menu panel, quiet buttons' hover. */
  surface: string;
  text: string;
  muted: string;
  /** Borders of controls and cards that must be seen (UI components: 3:1). */
  border: string;
  /** Hairlines between parts of one card (decoration, not checked). */
  line: string;
  link: string;
  primary: string;
  primaryHover: string;
  primaryText: string;
  focus: string;
  focusHalo: string;
  danger: string;
  success: string;
  warning: string;
  /** The office's accent: the header's top line, pictograms. */
  accent: string;
  /** Highlight behind what just changed (workshop spotlight, new arrivals). */
  highlight: string;
  highlightText: string;
  /** Status pills: text on tint. */
  pillNeutralText: string;
  pillNeutralBg: string;
  pillAmberText: string;
  pillAmberBg: string;
  pillGreenText: string;
  pillGreenBg: string;
  pillTealText: string;
  pillTealBg: string;
  pillRedText: string;
  pillRedBg: string;
  pillVioletText: string;
  pillVioletBg: string;
}

export const palettes: Record<Theme, Palette> = {
  light: {
    bg: "#f5f3ee",
    card: "#ffffff",
    surface: "#ebeae4",
    text: "#1c2326",
    muted: "#4d5961",
    border: "#7a8790",
    line: "#d9dcd8",
    link: "#0b5a62",
    primary: "#0b5a62",
    primaryHover: "#07434a",
    primaryText: "#ffffff",
    focus: "#b3005a",
    focusHalo: "#ffffff",
    danger: "#a3161a",
    success: "#1d6a34",
    warning: "#7a4700",
    accent: "#c25a12",
    highlight: "#ffd166",
    highlightText: "#1c2326",
    pillNeutralText: "#3a464e",
    pillNeutralBg: "#eceff1",
    pillAmberText: "#6d4000",
    pillAmberBg: "#fcefd6",
    pillGreenText: "#1a5a2c",
    pillGreenBg: "#e1f2e5",
    pillTealText: "#0b5a62",
    pillTealBg: "#dcf0f0",
    pillRedText: "#8c1b1b",
    pillRedBg: "#fbe8e8",
    pillVioletText: "#5a2a85",
    pillVioletBg: "#efe6f7",
  },
  dark: {
    bg: "#121719",
    card: "#1c2327",
    surface: "#262f34",
    text: "#eef1f2",
    muted: "#b7c2c8",
    border: "#7f8f98",
    line: "#343f45",
    link: "#8fd9de",
    primary: "#7fd0d6",
    primaryHover: "#a6e2e6",
    primaryText: "#0b1d20",
    focus: "#ff8fc6",
    focusHalo: "#121719",
    danger: "#ff9d97",
    success: "#8fd6a1",
    warning: "#f3c56f",
    accent: "#f29a5b",
    highlight: "#ffd166",
    highlightText: "#1c2326",
    pillNeutralText: "#dde3e6",
    pillNeutralBg: "#2e383d",
    pillAmberText: "#f6cf85",
    pillAmberBg: "#3a2e16",
    pillGreenText: "#a6e0b3",
    pillGreenBg: "#1d3424",
    pillTealText: "#9fe0e4",
    pillTealBg: "#173538",
    pillRedText: "#ffb3ad",
    pillRedBg: "#3d1f1f",
    pillVioletText: "#d9bff2",
    pillVioletBg: "#322541",
  },
};

type Role = keyof Palette;

/** [text or UI colour, background, the least ratio it must reach, why]. */
export const pairs: readonly (readonly [Role, Role, number, string])[] = [
  ["text", "bg", 4.5, "body text on the page"],
  ["text", "card", 4.5, "body text on cards"],
  ["text", "surface", 4.5, "body text on tinted regions"],
  ["muted", "bg", 4.5, "meta text on the page"],
  ["muted", "card", 4.5, "meta text on cards"],
  ["muted", "surface", 4.5, "meta text on tinted regions"],
  ["link", "bg", 4.5, "links on the page"],
  ["link", "card", 4.5, "links on cards"],
  ["link", "surface", 4.5, "links on tinted regions"],
  ["primaryText", "primary", 4.5, "primary button"],
  ["primaryText", "primaryHover", 4.5, "primary button, hovered"],
  ["danger", "card", 4.5, "error text"],
  ["danger", "bg", 4.5, "error text on the page"],
  ["success", "card", 4.5, "done / live text"],
  ["warning", "card", 4.5, "warning text"],
  ["warning", "bg", 4.5, "warning text on the page"],
  ["highlightText", "highlight", 4.5, "highlighted text"],
  ["border", "bg", 3, "control borders on the page"],
  ["border", "card", 3, "control borders on cards"],
  ["border", "surface", 3, "control borders on tinted regions"],
  ["focus", "bg", 3, "focus ring on the page"],
  ["focus", "card", 3, "focus ring on cards"],
  ["focus", "surface", 3, "focus ring on tinted regions"],
  ["focus", "focusHalo", 3, "focus ring against its halo (which separates it from any fill)"],
  ["accent", "card", 3, "pictograms and the header line (graphics)"],
  ["accent", "bg", 3, "pictograms on the page (graphics)"],
  ["pillNeutralText", "pillNeutralBg", 4.5, "status pill: new"],
  ["pillAmberText", "pillAmberBg", 4.5, "status pill: being checked"],
  ["pillGreenText", "pillGreenBg", 4.5, "status pill: accepted, done"],
  ["pillTealText", "pillTealBg", 4.5, "status pill: project"],
  ["pillRedText", "pillRedBg", 4.5, "status pill: declined"],
  ["pillVioletText", "pillVioletBg", 4.5, "status pill: forwarded"],
];

/** The projector's pairs: a dim room and a washed-out beamer want more than AA. */
export const projectorPairs: readonly (readonly [Role, Role, number, string])[] = [
  ["text", "bg", 7, "projector text (AAA)"],
  ["text", "card", 7, "projector cards (AAA)"],
  ["muted", "card", 7, "projector meta text (AAA)"],
];

function channel(hex: string, at: number): number {
  const v = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.x relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2.x contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Sizes in rem: a 1.2 ratio from 1rem, rounded to what reads well. */
export const typeScale = {
  "-1": "0.875rem",
  "0": "1rem",
  "1": "1.125rem",
  "2": "1.375rem",
  "3": "1.75rem",
  "4": "2.25rem",
  "5": "3rem",
} as const;

export const spaceScale = {
  "1": "0.25rem",
  "2": "0.5rem",
  "3": "0.75rem",
  "4": "1rem",
  "5": "1.5rem",
  "6": "2rem",
  "7": "3rem",
} as const;

export const radii = { sm: "0.375rem", md: "0.625rem", lg: "1rem", pill: "999px" } as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function colours(theme: Theme, indent: string): string {
  return Object.entries(palettes[theme])
    .map(([role, value]) => `${indent}--${kebab(role)}: ${value};`)
    .join("\n");
}

const shadows: Record<Theme, { sm: string; md: string }> = {
  light: {
    sm: "0 1px 2px rgb(28 35 38 / 0.08)",
    md: "0 2px 6px rgb(28 35 38 / 0.1), 0 1px 2px rgb(28 35 38 / 0.08)",
  },
  dark: { sm: "0 1px 2px rgb(0 0 0 / 0.5)", md: "0 2px 8px rgb(0 0 0 / 0.55)" },
};

function themeBlock(theme: Theme, indent: string): string {
  return [
    `${indent}color-scheme: ${theme};`,
    colours(theme, indent),
    `${indent}--shadow-sm: ${shadows[theme].sm};`,
    `${indent}--shadow-md: ${shadows[theme].md};`,
  ].join("\n");
}

/** The text of client/src/app/tokens.css. */
export function tokensCss(): string {
  const scale = (prefix: string, values: Record<string, string>) =>
    Object.entries(values)
      .map(([step, value]) => `    --${prefix}-${step.replace("-", "m")}: ${value};`)
      .join("\n");
  return `/*
 * Design tokens, written by client/src/look/tokens.ts (its test checks this file is its
 * output: change the module, then run its test with -u). Contrast ratios: docs/decisions/0034-the-look.md.
 */
@layer tokens, base, layout, components, chrome;

@layer tokens {
  :root {
${themeBlock("light", "    ")}
${scale("step", typeScale)}
${scale("space", spaceScale)}
    --radius-sm: ${radii.sm};
    --radius-md: ${radii.md};
    --radius-lg: ${radii.lg};
    --radius-pill: ${radii.pill};
    --radius: var(--radius-md);
    --space: var(--space-4);
    --focus-width: 3px;
    --target: 44px;
    --font:
      system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial,
      sans-serif;
    --font-mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
    --measure: 48rem;
  }

  @media (prefers-color-scheme: dark) {
    :root {
${themeBlock("dark", "      ")}
    }
  }
}
`;
}
