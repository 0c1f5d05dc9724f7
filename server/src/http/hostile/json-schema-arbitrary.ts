import fc from "fast-check";
import { z } from "zod";

/** The part of JSON Schema that zod writes for the API's input schemas. */
interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

/** Long enough to cross every limit of the schemas, short enough to keep a run quick. */
const LONGEST = 6000;

function stringOf(s: Schema): fc.Arbitrary<string> {
  if (s.format === "email") return fc.emailAddress();
  if (s.format === "uri") return fc.webUrl();
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 200, LONGEST);
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength), unit: "grapheme" });
}

function numberOf(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(s.minimum ?? -1e9, -1e9);
  const max = Math.min(s.maximum ?? 1e9, 1e9);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

function ofType(type: string, s: Schema): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringOf(s);
    case "integer":
      return numberOf(s, true);
    case "number":
      return numberOf(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(s.items ? arbitraryOf(s.items) : fc.jsonValue(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 10, 30),
      });
    case "object": {
      const properties = s.properties ?? {};
      const required = s.required ?? [];
      const record = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryOf(v)]));
      return fc.record(record, {
        requiredKeys: required.filter((k) => k in properties),
      });
    }
    default:
      return fc.jsonValue();
  }
}

/**
 * Values of the shape a JSON Schema describes: valid as far as the schema can say (zod's
 * refinements, such as "a decline needs a reason", are not in it; the mutations on top
 * cover what is not valid anyway).
 */
export function arbitraryOf(s: Schema): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const options = s.anyOf ?? s.oneOf;
  if (options) return fc.oneof(...options.map(arbitraryOf));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => ofType(t, s)));
  return ofType(s.type ?? "", s);
}

/** A zod schema of `shared/`, as values of its shape. */
export function arbitraryOfZod(schema: z.ZodType): fc.Arbitrary<unknown> {
  // The output side: a piped e-mail is described as an e-mail there, not as any string.
  return arbitraryOf(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Schema);
}
