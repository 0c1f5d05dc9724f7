import type { Idea } from "@quer/shared";

/** Something done on this page, kept in a list so it can be undone. */
export interface Handled {
  key: string;
  text: string;
  undo?: { label: string; run: () => Promise<unknown>; done: string };
}

export type Act = (run: () => Promise<unknown>, item: Handled) => Promise<void>;

export type HideIdea = (idea: Idea) => (reason: string) => Promise<void>;
