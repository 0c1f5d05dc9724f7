import fc from "fast-check";
import { type Body, bodyArbitrary, NASTY } from "./fuzz-bodies.ts";
import { PERMISSIONS } from "./permissions.table.ts";
import { fixture, paramNames } from "./probe.ts";
import { type Fixtures, ORIGIN, ROLES, type Role } from "./world.ts";

/** Raw path segments, sent as they are (not encoded again). */
const RAW_SEGMENTS = [
  "%",
  "%%",
  "%zz",
  "%E0%A4%A",
  "%00",
  "%2F",
  "..%2F..%2F",
  "%252F",
  "%C0%AF",
  "%ED%A0%80",
  "%FF%FE",
  ".",
  "..",
  "%20",
  "a;b",
  "null",
  "undefined",
  "0",
  "-1",
  "1e400",
  "NaN",
];

const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    // A lone surrogate cannot be encoded; send its bytes' look-alike instead.
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "\uFFFD"));
  }
};

/** `arbitrary` about `percent` of the time, otherwise nothing. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant(undefined) },
    { weight: percent, arbitrary },
  );
}

/**
 * A value for one path parameter: the ids the permission table uses for it (so runs
 * get past the lookup into the route), known ids of every other kind, unknown ones, junk.
 */
export function paramArbitrary(ids: Fixtures, preferred: readonly string[] = []): fc.Arbitrary<string> {
  const usual = preferred.length > 0 ? preferred : Object.values(ids);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...usual).map(encode) },
    { weight: 3, arbitrary: fc.constantFrom(...Object.values(ids)).map(encode) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z2-7]{24}$/) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: "grapheme" }).map(encode) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: "binary" }).map(encode) },
    {
      weight: 1,
      arbitrary: fc.string({ minLength: 1000, maxLength: 8000, unit: "grapheme-ascii" }).map(encode),
    },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...RAW_SEGMENTS), { minLength: 2, maxLength: 5 })
        .map((a) => a.join("")),
    },
    { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY).map(encode) },
  );
}

const QUERY_KEYS = [
  "first",
  "q",
  "sep",
  "action",
  "target",
  "before",
  "limit",
  "sort",
  "kind",
  "category",
  "__proto__",
];

export function queryArbitrary(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.integer({ min: -10, max: 2000 }).map(String),
    fc.string({ maxLength: 80, unit: "grapheme" }).map(encode),
    fc.constantFrom(...RAW_SEGMENTS, ";", "1.5", "1e3", " 5 ", "0x10"),
    fc.string({ minLength: 500, maxLength: 5000, unit: "grapheme-ascii" }).map(encode),
  );
  const pair = fc.tuple(
    fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 }).map(encode)),
    value,
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant("") },
    {
      weight: 5,
      arbitrary: fc
        .array(pair, { minLength: 1, maxLength: 4 })
        .map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join("&")}`),
    },
    { weight: 1, arbitrary: fc.constantFrom("?", "?&&", "?=", "?first", "?q=%", "?first=1&first=2") },
  );
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json; charset=latin1",
  "application/json-patch+json",
  "application/jsonx",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "multipart/form-data",
  "*/*",
  "",
];

/** Headers a client controls: content type and length, cookies, keys, encodings, fetch metadata. */
export function headersArbitrary(
  cookies: Record<Role, string>,
): fc.Arbitrary<{ role: Role; headers: Record<string, string> }> {
  const name = cookies.resident.split("=")[0] ?? "quer_session";
  const cookie = fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constant(`${name}=`),
        fc.constant(`${name}=a.b`),
        fc.string({ maxLength: 60 }).map((s) => `${name}=${encode(s)}`),
        fc
          .string({ minLength: 2000, maxLength: 6000, unit: "grapheme-ascii" })
          .map((s) => `${name}=${encode(s)}`),
        fc.constant(`${name}=x; ${name}=y`),
        fc.constant(`${cookies.resident}; ${cookies.manager}`),
        fc.constant(`${cookies.manager.slice(0, -3)}abc`),
        fc.constant(`${name}=%ZZ`),
      ),
    },
  );
  return fc
    .record({
      role: fc.constantFrom(...ROLES),
      cookie,
      type: sometimes(fc.constantFrom(...CONTENT_TYPES), 20),
      length: sometimes(fc.constantFrom("0", "1", "-1", "abc", "99999999999", "1e3", "5 ", ""), 15),
      // Mostly our own origin, so runs get past the same-origin rule into the routes.
      origin: sometimes(fc.constantFrom("https://evil.example", "null", `${ORIGIN}:1`), 8),
      idempotency: sometimes(
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), fc.string({ maxLength: 100 }).map(encode)),
        20,
      ),
      encoding: sometimes(fc.constantFrom("gzip, br", "br;q=0", "br;q=abc", "identity", "*", "x"), 25),
      locale: sometimes(fc.constantFrom("en", "ar", "xx", "%", "de-x-ls"), 20),
    })
    .map(({ role, cookie, type, length, origin, idempotency, encoding, locale }) => {
      const headers: Record<string, string> = { origin: origin ?? ORIGIN };
      const cookieHeader = [cookie ?? cookies[role], locale ? `quer_locale=${locale}` : ""]
        .filter(Boolean)
        .join("; ");
      if (cookieHeader) headers.cookie = cookieHeader;
      if (type !== undefined) headers["content-type"] = type;
      if (length !== undefined) headers["content-length"] = length;
      if (idempotency !== undefined) headers["idempotency-key"] = idempotency;
      if (encoding !== undefined) headers["accept-encoding"] = encoding;
      return { role, headers };
    });
}

/** The fixtures the permission table points a route's parameter at. */
function tableValues(route: string, param: string, ids: Fixtures): string[] {
  return PERMISSIONS.filter(([key]) => key === route).flatMap(([, where]) =>
    where
      .split(/\s+/)
      .filter((t) => t.startsWith(`${param}=`))
      .map((t) => fixture(ids, t.slice(param.length + 1))),
  );
}

export interface FuzzRequest {
  method: string;
  path: string;
  role: Role;
  headers: Record<string, string>;
  body: Body;
}

/** Whole requests for one route of the app. */
export function requestArbitrary(
  route: { method: string; path: string; key: string },
  ids: Fixtures,
  cookies: Record<Role, string>,
  maxBodyBytes: number,
): fc.Arbitrary<FuzzRequest> {
  const names = paramNames(route.path);
  const params = fc.tuple(...names.map((name) => paramArbitrary(ids, tableValues(route.key, name, ids))));
  const method =
    route.method === "GET" ? fc.constantFrom("GET", "GET", "GET", "HEAD") : fc.constant(route.method);
  const reads = route.method === "GET";
  return fc
    .record({
      method,
      values: params,
      query: queryArbitrary(),
      head: headersArbitrary(cookies),
      body: reads ? fc.constant<Body>({ kind: "none" }) : bodyArbitrary(route.key, ids, maxBodyBytes),
      // The JSON content type goes with a JSON body unless the headers chose another.
      jsonType: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
    })
    .map(({ method, values, query, head, body, jsonType }) => {
      let i = 0;
      // A wildcard takes any path: the client's files and the app's own routes.
      const path = route.path.replace(/:(\w+)|\*/g, () => values[i++] ?? "") + query;
      const headers = { ...head.headers };
      if (body.text !== undefined && jsonType && headers["content-type"] === undefined) {
        headers["content-type"] = "application/json";
      }
      return { method, path, role: head.role, headers, body };
    });
}
