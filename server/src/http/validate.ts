import type { Context, MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./env.ts";
import { invalid, worded } from "./errors.ts";
import { issuesIn, zodErrorMap } from "./issues.ts";
import { requestLocale, type ServerLocale } from "./locale.ts";

/** A JSON body's text, parsed; 400 for another content type or text that is not JSON. */
function parseJson(type: string | undefined, text: string): unknown {
  if (!/^application\/json\b/i.test(type ?? "")) {
    throw invalid("expectedJson");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("notJson");
  }
}

/** Reads a JSON body and checks it against a schema from shared/; 400 with per-field issues. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return check(schema, parseJson(c.req.header("content-type"), await c.req.text()), requestLocale(c));
}

/**
 * A body that may be absent (no content at all, or only blanks however it is declared) or
 * JSON. Its text is read once: a vote's optional body is on the hottest path there is.
 */
export async function readOptionalJson<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.infer<S> | null> {
  const length = c.req.header("content-length");
  const type = c.req.header("content-type");
  if (length === "0" || (length === undefined && !type)) return null;
  const text = await c.req.text();
  if (text.trim() === "") return null;
  return check(schema, parseJson(type, text), requestLocale(c));
}

/**
 * Checks input against a schema; 400 with per-field issues in the reader's language. Zod
 * words its issues while it parses, so the language is needed here, not only when the
 * answer is written.
 */
export function check<S extends z.ZodType>(schema: S, raw: unknown, locale: ServerLocale): z.infer<S> {
  const parsed = schema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const issues = issuesIn(parsed.error, locale).map((i) => ({ path: i.path, message: worded(i.message) }));
    throw invalid("invalidInput", issues);
  }
  return parsed.data;
}

/** What a validator adds to a route's input: the type a client sends, the type a handler reads. */
type Checked<Target extends "json" | "query", In, Out> = MiddlewareHandler<
  AppEnv,
  string,
  { in: { [K in Target]: In }; out: { [K in Target]: Out } }
>;

/**
 * A validator in Hono's sense, with the types spelled out: for a generic schema TypeScript
 * cannot see through Hono's conditional types, so the two sides are named here once.
 * Hono's own `validator` is not used: it parses a JSON body before `read` sees it and
 * refuses an empty one, so a body that may be left out could not be left out by a client
 * that declares JSON anyway.
 */
function checked<Target extends "json" | "query", In, Out>(
  target: Target,
  read: (c: Context<AppEnv>) => Out | Promise<Out>,
): Checked<Target, In, Out> {
  return async (c, next) => {
    // Hono types validated data as `{}`; `null` stands for a body left out.
    c.req.addValidatedData(target, (await read(c)) as never);
    await next();
  };
}

/**
 * The JSON body as a Hono validator: the handler reads it with `c.req.valid("json")`, and
 * the schema's input type reaches `AppType`, so a client built with `hc<AppType>` cannot
 * send a body of the wrong shape without failing the typecheck.
 */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  checked<"json", z.input<S>, z.output<S>>("json", (c) => readJson(c, schema));

/**
 * A JSON body that may be left out entirely; the handler gets `null` then. A typed client
 * leaves it out with `json: undefined`.
 */
export const optionalJsonBody = <S extends z.ZodType>(schema: S) =>
  checked<"json", z.input<S> | undefined, z.output<S> | null>("json", (c) => readOptionalJson(c, schema));

/** The query string, checked like a body: `c.req.valid("query")`. */
export const queryOf = <S extends z.ZodType>(schema: S) =>
  checked<"query", z.input<S>, z.output<S>>("query", (c) => check(schema, queryObject(c), requestLocale(c)));

/** The query as Hono's validator gives it: a repeated parameter as a list, else its value. */
function queryObject(c: Context): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    out[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return out;
}
