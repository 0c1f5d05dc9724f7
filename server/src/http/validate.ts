import type { Context } from "hono";
import type { z } from "zod";
import { invalid, issuesOf } from "./errors.ts";

/** Reads a JSON body and checks it against a schema from shared/; 400 with per-field issues. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw invalid("Erwartet wird JSON (Content-Type: application/json).");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw invalid("Der Inhalt ist kein gültiges JSON.");
  }
  return check(schema, raw);
}

/** A body that may be absent (no content at all) or JSON. */
export async function readOptionalJson<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.infer<S> | null> {
  const length = c.req.header("content-length");
  const type = c.req.header("content-type");
  if ((length === undefined || length === "0") && !type) return null;
  if (length === "0") return null;
  return readJson(c, schema);
}

export function check<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid("Die Eingabe ist nicht gültig.", issuesOf(parsed.error));
  return parsed.data;
}
