import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "./permissions.table.ts";
import {
  dump,
  errorBodyProblem,
  fillPath,
  fixture,
  listRoutes,
  mutating,
  type Reply,
  send,
  wireBody,
} from "./probe.ts";
import { buildTemplate, fork, ORIGIN, ROLES, type Template, type World } from "./world.ts";

/**
 * The contract's rule for every mutating route: a request whose Origin is not
 * PUBLIC_URL, or without Origin and with Sec-Fetch-Site other than same-origin, is
 * answered 403 and changes nothing, whatever its body. Each route is sent as a person
 * the permission table says may make it, so only the origin can be why it is refused.
 */
const REFUSED: Record<string, Record<string, string>> = {
  "no Origin, no Sec-Fetch-Site": {},
  "Sec-Fetch-Site: cross-site": { "sec-fetch-site": "cross-site" },
  "Sec-Fetch-Site: same-site": { "sec-fetch-site": "same-site" },
  "Sec-Fetch-Site: none": { "sec-fetch-site": "none" },
  "Origin: null": { origin: "null" },
  "an evil origin": { origin: "https://evil.example" },
  "an evil origin that starts like ours": { origin: `${ORIGIN}.evil.example` },
  "our host on another port": { origin: `${ORIGIN}:8080` },
  "our host over another scheme": { origin: ORIGIN.replace(/^http:/, "https:") },
  "an evil origin saying same-origin": { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
};
const ALLOWED: Record<string, Record<string, string>> = {
  "our origin": { origin: ORIGIN },
  "no Origin, Sec-Fetch-Site: same-origin": { "sec-fetch-site": "same-origin" },
};
/** A refused request's body may be any type: the rule runs before the body is read. */
const BODY_TYPES = ["application/json", "application/x-www-form-urlencoded", "text/plain"];

/**
 * Routes whose authority is a secret in the link, not the cookie (docs/api.md): mail
 * programs post one-click unsubscribes from nowhere.
 */
const EXEMPT = new Set(["POST /api/unsubscribe/:token"]);

let template: Template;
let probes = 0;
beforeAll(async () => {
  template = await buildTemplate();
});
afterAll(() => {
  template?.dispose();
  console.log(`cross-site probes: ${probes}`);
});

/** The first row of the permission table for a route with a role that may make it. */
function allowedProbe(route: string) {
  for (const [key, where, expected, body] of PERMISSIONS) {
    if (key !== route) continue;
    const roleAt = expected.trim().split(/\s+/).indexOf("ok");
    const role = ROLES[roleAt];
    if (role) return { where, body, role };
  }
  throw new Error(`the permission table has no row in which someone may make ${route}`);
}

function request(world: World, route: string) {
  const [method = "", path = ""] = route.split(" ");
  const { where, body, role } = allowedProbe(route);
  const values: Record<string, string> = { "*": "" };
  let query = "";
  for (const token of where.split(/\s+/).filter(Boolean)) {
    if (token.startsWith("?")) query = token;
    else {
      const [name = "", from = ""] = token.split("=");
      values[name] = encodeURIComponent(fixture(world.ids, from));
    }
  }
  return {
    method,
    path: fillPath(path, values) + query,
    cookie: world.cookies[role],
    ...wireBody(body, world.ids),
  };
}

function expectRefused(route: string, label: string, reply: Reply) {
  expect(reply.status, `${route} with ${label}`).toBe(403);
  expect(errorBodyProblem(reply), `${route} with ${label}`).toBeNull();
  expect(JSON.parse(reply.text).error.code).toBe("forbidden");
}

const MUTATING = listRoutes()
  .filter((r) => mutating(r.method))
  .map((r) => r.key);

describe("the same-origin rule, for every mutating route", () => {
  it("covers the app's mutating routes", () => {
    expect(MUTATING.length).toBeGreaterThan(40);
  });

  for (const route of MUTATING.filter((r) => !EXEMPT.has(r))) {
    it(`${route}: 403 and nothing changed from a foreign origin; accepted from ours`, async () => {
      const world = fork(template);
      try {
        const req = request(world, route);
        const before = dump(world.services.sqlite);
        for (const [label, headers] of Object.entries(REFUSED)) {
          for (const type of req.body === undefined ? [undefined] : BODY_TYPES) {
            const reply = await send(world, {
              ...req,
              headers: { ...headers, ...(type ? { "content-type": type } : {}) },
            });
            probes++;
            expectRefused(route, `${label} (${type ?? "no body"})`, reply);
          }
        }
        expect(dump(world.services.sqlite), `${route}: the database after refused requests`).toBe(before);
      } finally {
        world.dispose();
      }
      // The same request from our own pages goes through: the refusals were the origin's doing.
      for (const [label, headers] of Object.entries(ALLOWED)) {
        const fresh = fork(template);
        try {
          const req = request(fresh, route);
          const reply = await send(fresh, {
            ...req,
            headers: { ...headers, ...(req.type ? { "content-type": req.type } : {}) },
          });
          expect(reply.status, `${route} with ${label}: ${reply.text.slice(0, 200)}`).toBeLessThan(300);
        } finally {
          fresh.dispose();
        }
      }
    });
  }

  it("lets a one-click unsubscribe through from anywhere, on the strength of its secret alone", async () => {
    const world = fork(template);
    try {
      const evil = { origin: "https://evil.example" };
      const before = dump(world.services.sqlite);
      // A signed-in resident's cookie gives a wrong secret no power.
      const wrong = await send(world, {
        method: "POST",
        path: `/api/unsubscribe/${"a".repeat(32)}`,
        cookie: world.cookies.resident,
        headers: evil,
      });
      probes++;
      expect(wrong.status).toBe(404);
      expect(dump(world.services.sqlite)).toBe(before);
      const right = await send(world, {
        method: "POST",
        path: `/api/unsubscribe/${world.ids.unsubscribeToken}`,
        headers: evil,
      });
      expect(right.status).toBe(200);
    } finally {
      world.dispose();
    }
  });
});
