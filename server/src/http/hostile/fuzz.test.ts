import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { widenAllLimits } from "../../testing/harness.ts";
import { type FuzzRequest, requestArbitrary } from "./fuzz-inputs.ts";
import { errorBodyProblem, listRoutes, send } from "./probe.ts";
import { buildTemplate, fork, type Template, type World } from "./world.ts";

/**
 * Property-based fuzzing of every route of the app, in process (`app.request`): any
 * path parameter, query, header and body, as any role, is never answered with a 5xx;
 * every error of the API carries `{"error":{"code","message"}}` with a 4xx; the app
 * still answers /api/health afterwards. `QUER_FUZZ_RUNS` sets the runs per route
 * (docs/reliability.md has the figures of a big run), `QUER_FUZZ_SEED` repeats a run.
 */
const RUNS = Number(process.env.QUER_FUZZ_RUNS) || 40;
const SEED = process.env.QUER_FUZZ_SEED ? Number(process.env.QUER_FUZZ_SEED) : undefined;
/** Signing up and in hashes a password (tens of milliseconds) in every run that gets that far. */
const TIMEOUT = 20_000 + RUNS * 100;

let template: Template;
let inputs = 0;
/** How the answers fell, so a run that only ever hits the door shows itself. */
const statuses = new Map<number, number>();
beforeAll(async () => {
  template = await buildTemplate();
});
afterAll(() => {
  template?.dispose();
  const tally = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
  console.log(`fuzzed inputs (in process): ${inputs}; answers: ${tally.join(" ")}`);
});

/** A world whose limits stay out of the way, so runs reach past them into the routes. */
function fuzzWorld(): World {
  const world = fork(template);
  widenAllLimits(world.services);
  return world;
}

function describeRequest(r: FuzzRequest): string {
  const body = typeof r.body.text === "string" ? r.body.text.slice(0, 300) : r.body.text ? "(bytes)" : "";
  return `${r.method} ${r.path.slice(0, 300)} as ${r.role} ${JSON.stringify(r.headers).slice(0, 400)} [${r.body.kind}] ${body}`;
}

/** The contract's promises about one answer; throws with what was sent when one is broken. */
function checkAnswer(r: FuzzRequest, reply: { status: number; type: string; text: string }): void {
  expect(reply.status, `5xx for ${describeRequest(r)}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
  if (reply.status >= 400 && r.path.startsWith("/api/") && r.method !== "HEAD") {
    expect(errorBodyProblem(reply), describeRequest(r)).toBeNull();
  }
}

async function healthy(world: World): Promise<void> {
  const res = await world.app.request("/api/health");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
}

const ROUTES = listRoutes();

describe("fuzzing every route", () => {
  it("has the app's routes to fuzz", () => {
    expect(ROUTES.length).toBeGreaterThan(60);
  });

  for (const route of ROUTES) {
    it(
      `${route.key}: no 5xx, error bodies as the contract says`,
      async () => {
        const world = fuzzWorld();
        try {
          const max = world.services.config.maxBodyBytes;
          await fc.assert(
            fc.asyncProperty(requestArbitrary(route, world.ids, world.cookies, max), async (r) => {
              const reply = await send(world, {
                method: r.method,
                path: r.path,
                headers: r.headers,
                body: r.body.text,
              });
              inputs++;
              statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
              checkAnswer(r, reply);
            }),
            { numRuns: RUNS, seed: SEED },
          );
          await healthy(world);
        } finally {
          world.dispose();
        }
      },
      TIMEOUT,
    );
  }
});
