import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, PERMISSIONS, type Row } from "./permissions.table.ts";
import {
  appRoutes,
  dump,
  errorBodyProblem,
  fillPath,
  fixture,
  mutating,
  paramNames,
  type Reply,
  send,
  wireBody,
} from "./probe.ts";
import { buildTemplate, fork, ORIGIN, ROLES, type Role, type Template, type World } from "./world.ts";

/** Counted for docs/reliability.md; printed at the end. */
let probes = 0;
let template: Template;
/** One world for the rows that only read: they change nothing the next probe would see. */
let readWorld: World;

beforeAll(async () => {
  template = await buildTemplate();
  readWorld = fork(template);
});
afterAll(() => {
  readWorld?.dispose();
  template?.dispose();
  console.log(`permission probes: ${probes} (${PERMISSIONS.length} rows × ${ROLES.length} roles)`);
});

function parseRow([route, where, expected, body]: Row) {
  const [method = "", path = ""] = route.split(" ");
  const columns = expected.trim().split(/\s+/);
  if (columns.length !== ROLES.length) throw new Error(`${route} ${where}: ${columns.length} columns`);
  const unknown = columns.find((c) => !(EXPECTED as readonly string[]).includes(c));
  if (unknown) throw new Error(`${route} ${where}: "${unknown}" is not an expected answer`);
  const tokens = where.split(/\s+/).filter(Boolean);
  return {
    method,
    path,
    query: tokens.find((t) => t.startsWith("?")) ?? "",
    params: tokens
      .filter((t) => t.includes("=") && !t.startsWith("?"))
      .map((t) => t.split("=") as [string, string]),
    expected: columns.join(" "),
    pages: columns.some((c) => c === "page" || c === "shell"),
    body,
  };
}

type Probe = ReturnType<typeof parseRow>;

function classify(reply: Reply, probe: Probe): string {
  if (reply.status >= 200 && reply.status < 300) {
    if (!probe.pages) return "ok";
    return reply.type.startsWith("text/html") && reply.text.includes('id="quer-first"') ? "page" : "shell";
  }
  const problem = errorBodyProblem(reply);
  return problem ? `${reply.status}(${problem})` : String(reply.status);
}

async function run(world: World, role: Role, probe: Probe): Promise<string> {
  const values: Record<string, string> = { "*": "" };
  for (const [name, from] of probe.params) values[name] = encodeURIComponent(fixture(world.ids, from));
  for (const name of paramNames(probe.path)) {
    if (values[name] === undefined) throw new Error(`${probe.method} ${probe.path}: no fixture for :${name}`);
  }
  const body = wireBody(probe.body, world.ids);
  const before = mutating(probe.method) ? dump(world.services.sqlite) : null;
  const reply = await send(world, {
    method: probe.method,
    path: fillPath(probe.path, values) + probe.query,
    cookie: world.cookies[role],
    headers: { origin: ORIGIN, ...(body ? { "content-type": body.type } : {}) },
    body: body?.body,
  });
  probes++;
  const answer = classify(reply, probe);
  // A refusal that changed what is stored is a refusal in name only.
  if (before !== null && reply.status >= 400 && dump(world.services.sqlite) !== before) {
    return `${answer}(but changed the database)`;
  }
  return answer;
}

describe("the permission table", () => {
  it("has a row for every route of the app, and no row for a route it does not have", async () => {
    const { app } = readWorld;
    const routes = appRoutes(app).map((r) => r.key);
    const rows = new Set(PERMISSIONS.map(([route]) => route));
    expect(
      routes.filter((r) => !rows.has(r)),
      "routes without a row",
    ).toEqual([]);
    expect(
      [...rows].filter((r) => !routes.includes(r)),
      "rows for routes the app does not have",
    ).toEqual([]);
  });

  for (const row of PERMISSIONS) {
    const probe = parseRow(row);
    it(`${row[0]} ${row[1]}: ${probe.expected}`, async () => {
      const expected = probe.expected.split(" ");
      const answers: string[] = [];
      // Refusals change nothing (the dump says so), so they share one copy of the
      // fixtures; each probe that may succeed in changing something gets its own.
      const shared = mutating(probe.method) ? fork(template) : readWorld;
      try {
        for (const [i, role] of ROLES.entries()) {
          if (shared === readWorld || !["ok", "page", "shell"].includes(expected[i] ?? "")) {
            answers.push(await run(shared, role, probe));
            continue;
          }
          const world = fork(template);
          try {
            answers.push(await run(world, role, probe));
          } finally {
            world.dispose();
          }
        }
      } finally {
        if (shared !== readWorld) shared.dispose();
      }
      expect(answers.join(" "), ROLES.join(" ")).toBe(probe.expected);
    });
  }
});
