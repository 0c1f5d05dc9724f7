import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/harness.ts";

const reference = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");

/**
 * The routes the reference lists, from the first cell of its tables: `GET, PUT /api/me/notices`,
 * `POST /api/ideas/:id/restore, /approve` (a last segment in place of the first path's), and
 * `POST /api/ideas/:id/report, /api/comments/:id/report` (a whole second path), and
 * `GET /metrics`, the one route outside `/api`.
 */
function documentedRoutes(markdown: string): Set<string> {
  const routes = new Set<string>();
  for (const line of markdown.split("\n")) {
    const cell = line.match(/^\|\s*([^|]+?)\s*\|/)?.[1];
    const head = cell
      ?.replace(/\([^)]*\)/g, "")
      .match(
        /^((?:GET|POST|PUT|PATCH|DELETE)(?:,\s*(?:GET|POST|PUT|PATCH|DELETE))*)\s+(\/api\/\S+|\/metrics\b)(.*)$/,
      );
    if (!head) continue;
    const methods = (head[1] ?? "").split(/,\s*/);
    const first = (head[2] ?? "").replace(/,$/, "").replace(/\?.*$/, "");
    const paths = [first];
    for (const more of (head[3] ?? "").split(",")) {
      const alt = more.trim().replace(/\?.*$/, "");
      if (alt.startsWith("/api/")) paths.push(alt);
      else if (/^\/[\w.:-]+$/.test(alt)) paths.push(first.replace(/\/[^/]+$/, alt));
    }
    for (const method of methods) for (const path of paths) routes.add(`${method} ${path}`);
  }
  return routes;
}

describe("docs/api.md", () => {
  const quer = testApp();
  afterAll(() => quer.dispose());

  const served = [
    ...new Set(
      quer.app.routes
        .filter(
          (r) =>
            r.method !== "ALL" &&
            (r.path.startsWith("/api/") || r.path === "/metrics") &&
            !r.path.endsWith("*"),
        )
        .map((r) => `${r.method} ${r.path}`),
    ),
  ].sort();

  it("reads the routes of its tables", () => {
    const listed = documentedRoutes(
      [
        "| GET, PUT /api/me/notices | x | y |",
        "| POST /api/ideas/:id/restore, /approve | x | y |",
        "| POST /api/comments/:id/hide (`{reason}`), /restore | x | y |",
        "| POST /api/ideas/:id/report, /api/comments/:id/report | x | y |",
        "| GET /api/audit?action=&target= | x | y |",
        "| GET /metrics | x | y |",
      ].join("\n"),
    );
    expect([...listed].sort()).toEqual([
      "GET /api/audit",
      "GET /api/me/notices",
      "GET /metrics",
      "POST /api/comments/:id/hide",
      "POST /api/comments/:id/report",
      "POST /api/comments/:id/restore",
      "POST /api/ideas/:id/approve",
      "POST /api/ideas/:id/report",
      "POST /api/ideas/:id/restore",
      "PUT /api/me/notices",
    ]);
  });

  it("lists every route the server answers", () => {
    expect(served.length).toBeGreaterThan(40);
    const listed = documentedRoutes(reference);
    expect(served.filter((route) => !listed.has(route))).toEqual([]);
  });

  it("lists no route the server does not answer", () => {
    const known = new Set(served);
    expect([...documentedRoutes(reference)].filter((route) => !known.has(route))).toEqual([]);
  });
});
