import type { Board, CreateBoardInput, UpdateBoardInput } from "@quer/shared";
import type { FieldErrors } from "../app/forms.tsx";
import { maxLength, required } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";

/** What the board form holds, as read from its controls. */
export interface BoardFormValues {
  title: string;
  description: string;
  mode: "open" | "workshop";
  moderation: "pre" | "post";
  votingKind: "up" | "dots";
  dots: number;
  categories: string[];
  visibility: "public" | "private";
  postingOpen: boolean;
  coWriting: "authors" | "residents";
}

/** "Verkehr, Kultur ,, Sonstiges" → ["Verkehr", "Kultur", "Sonstiges"]. */
export function parseCategories(raw: string): string[] {
  return raw
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
}

export function readBoardForm(form: HTMLFormElement): BoardFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    title: text("title").trim(),
    description: text("description").trim(),
    mode: text("mode") === "workshop" ? "workshop" : "open",
    moderation: text("moderation") === "pre" ? "pre" : "post",
    votingKind: text("votingKind") === "dots" ? "dots" : "up",
    dots: Number.parseInt(text("dots"), 10),
    categories: parseCategories(text("categories")),
    visibility: text("visibility") === "private" ? "private" : "public",
    postingOpen: data.get("postingOpen") === "on",
    coWriting: text("coWriting") === "residents" ? "residents" : "authors",
  };
}

/** Client-side checks mirroring the shared schema, in the reader's language. */
export function checkBoardForm(v: BoardFormValues, creating: boolean): FieldErrors {
  const lower = v.categories.map((c) => c.toLowerCase());
  const tooLong = v.categories.find((c) => c.length > 40);
  return {
    title: required(v.title) ?? maxLength(v.title, 120),
    description: maxLength(v.description, 2000),
    dots:
      creating && v.votingKind === "dots" && !(Number.isInteger(v.dots) && v.dots >= 1 && v.dots <= 20)
        ? { text: t("field.required") }
        : undefined,
    categories:
      new Set(lower).size !== lower.length
        ? { text: t("manage.duplicateCategory") }
        : tooLong
          ? maxLength(tooLong, 40)
          : undefined,
  };
}

export function createInput(v: BoardFormValues): CreateBoardInput {
  return {
    title: v.title,
    description: v.description,
    mode: v.mode,
    moderation: v.moderation,
    voting: v.votingKind === "dots" ? { kind: "dots", dots: v.dots } : { kind: "up" },
    categories: v.categories,
    visibility: v.visibility,
    postingOpen: v.postingOpen,
    coWriting: v.coWriting,
  };
}

/** Only what changed, so an edit never overwrites a field someone else just set. */
export function updateInput(board: Board, v: BoardFormValues): UpdateBoardInput {
  const out: UpdateBoardInput = {};
  if (v.title !== board.title) out.title = v.title;
  if (v.description !== board.description) out.description = v.description;
  if (v.moderation !== board.moderation) out.moderation = v.moderation;
  if (JSON.stringify(v.categories) !== JSON.stringify(board.categories)) out.categories = v.categories;
  if (v.visibility !== board.visibility) out.visibility = v.visibility;
  if (v.postingOpen !== board.postingOpen) out.postingOpen = v.postingOpen;
  if (v.coWriting !== (board.coWriting ?? "authors")) out.coWriting = v.coWriting;
  return out;
}
