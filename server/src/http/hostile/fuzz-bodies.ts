import {
  blockInput,
  changePasswordInput,
  createBoardInput,
  createCommentInput,
  createIdeaInput,
  dotsInput,
  editIdeaInput,
  feedbackInput,
  fundInput,
  hideInput,
  joinInput,
  loginInput,
  mergeInput,
  noticePrefsInput,
  officeInput,
  phaseInput,
  projectNewsInput,
  registerInput,
  reportInput,
  resetInput,
  resetRequestInput,
  spotlightInput,
  startSessionInput,
  statusInput,
  tableInput,
  timerInput,
  updateBoardInput,
  updateMeInput,
  updateProjectInput,
  workshopSettingsInput,
} from "@quer/shared";
import fc from "fast-check";
import { z } from "zod";
import { arbitraryOfZod } from "./json-schema-arbitrary.ts";
import { PERMISSIONS } from "./permissions.table.ts";
import { withFixtures } from "./probe.ts";
import type { Fixtures } from "./world.ts";

/**
 * The input schema each route reads its body with, from `shared/`. A route missing
 * here is still fuzzed: with its permission-table body and the mutations of any body.
 */
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  "POST /api/auth/register": registerInput,
  "POST /api/auth/login": loginInput,
  "POST /api/auth/reset/request": resetRequestInput,
  "POST /api/auth/reset": resetInput,
  "POST /api/auth/password": changePasswordInput,
  "POST /api/boards": createBoardInput,
  "PATCH /api/boards/:id": updateBoardInput,
  "POST /api/boards/:id/ideas": createIdeaInput,
  "PUT /api/ideas/:id/vote": dotsInput,
  "POST /api/ideas/:id/comments": createCommentInput,
  "PATCH /api/projects/:id": updateProjectInput,
  "POST /api/projects/:id/news": projectNewsInput,
  "PUT /api/funds/:year": fundInput.pick({ amount: true }),
  "POST /api/ideas/:id/status": statusInput,
  "POST /api/ideas/:id/hide": hideInput,
  "PATCH /api/ideas/:id": editIdeaInput,
  "POST /api/comments/:id/hide": hideInput,
  "POST /api/ideas/:id/merge": mergeInput,
  "POST /api/ideas/:id/report": reportInput,
  "POST /api/comments/:id/report": reportInput,
  "POST /api/people/:id/block": blockInput,
  "POST /api/notifications/read": z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional() }),
  "PUT /api/me/notices": noticePrefsInput,
  "PATCH /api/me": updateMeInput,
  "POST /api/join": joinInput,
  "POST /api/feedback": feedbackInput,
  "POST /api/boards/:id/session": startSessionInput,
  "POST /api/boards/:id/phase": phaseInput,
  "POST /api/boards/:id/timer": timerInput,
  "POST /api/boards/:id/spotlight": spotlightInput,
  "POST /api/boards/:id/tables": tableInput,
  "PATCH /api/boards/:id/workshop": workshopSettingsInput,
  "PUT /api/office": officeInput,
};

/** Strings that have broken servers: control and direction characters, lone surrogates, markup. */
export const NASTY = [
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u200F\u200E",
  "\uFEFF",
  "\uD800",
  "\uDFFF\uD800",
  "𝕼𝖚𝖊𝖗 🏘️👩‍👩‍👧",
  "<script>alert(1)</script>",
  "'; drop table ideas; --",
  '=HYPERLINK("https://evil.example")',
  "../../etc/passwd",
  "%s%n%x",
  " ",
  "",
];
const NASTY_KEYS = ["__proto__", "constructor", "prototype", "id", "role", "authorId", "pending", "boardId"];

/** A JSON value nested `depth` deep, as text: arrays, objects, or both. */
export function nested(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? "[".repeat(depth) + "]".repeat(depth)
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Changes one thing in a value of the right shape. */
function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...NASTY),
    fc.string({ minLength: 2000, maxLength: 20000, unit: "grapheme-ascii" }),
    fc.constantFrom(1e308, -1e308, -0, 2 ** 53, 0.5, -1, true, null, [], {}),
  );
  return fc
    .tuple(valid, fc.nat(), junk, fc.constantFrom(...NASTY_KEYS), fc.nat(3))
    .map(([v, at, value, key, how]) => {
      if (!v || typeof v !== "object" || Array.isArray(v)) return value;
      const copy: Record<string, unknown> = { ...(v as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const name = keys.length > 0 ? (keys[at % keys.length] as string) : key;
      if (how === 0) delete copy[name];
      else if (how === 1) copy[name] = value;
      else if (how === 2) Object.defineProperty(copy, key, { value, enumerable: true });
      else copy[name] = [copy[name]];
      return copy;
    });
}

export interface Body {
  text?: string | Uint8Array<ArrayBuffer>;
  /** What the generator meant to send, for reading a failure. */
  kind: string;
}

/** Bodies for a route: valid-shaped ones from its schema or sample, mutations of them, and junk. */
export function bodyArbitrary(route: string, ids: Fixtures, maxBodyBytes: number): fc.Arbitrary<Body> {
  const schema = BODY_SCHEMAS[route];
  const samples = PERMISSIONS.filter(([key, , , body]) => key === route && body !== undefined).map(
    ([, , , body]) => withFixtures(body, ids),
  );
  const shaped: fc.Arbitrary<unknown>[] = [];
  if (schema) shaped.push(arbitraryOfZod(schema));
  if (samples.length > 0) shaped.push(fc.constantFrom(...samples));
  const valid = shaped.length > 0 ? fc.oneof(...shaped) : fc.constant({});
  const json = (kind: string) => (v: unknown) => ({ text: JSON.stringify(v) ?? "null", kind });
  return fc.oneof(
    { weight: 6, arbitrary: valid.map(json("valid-shaped")) },
    { weight: 6, arbitrary: mutate(valid).map(json("mutated")) },
    { weight: 1, arbitrary: fc.constant({ kind: "none" }) },
    { weight: 1, arbitrary: fc.constant({ text: "", kind: "empty" }) },
    { weight: 2, arbitrary: fc.jsonValue().map(json("any JSON")) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 200, unit: "binary" }).map((text) => ({ text, kind: "text" })),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => ({ text: new Uint8Array(a), kind: "bytes" })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat()).map(([v, cut]) => {
        const text = JSON.stringify(v) ?? "";
        return { text: text.slice(0, text.length > 0 ? cut % text.length : 0), kind: "cut short" };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 10, max: 12_000 }), fc.constantFrom("array" as const, "object" as const))
        .map(([depth, kind]) => ({ text: nested(depth, kind), kind: `nested ${depth}` })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: maxBodyBytes - 16, max: maxBodyBytes + 4096 }).map((n) => ({
        text: JSON.stringify({ title: "x".repeat(n), body: "x" }),
        kind: "around the limit",
      })),
    },
  );
}
