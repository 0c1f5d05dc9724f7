import type { BoardDocProject } from "@quer/shared/projects/live";
import "./messages.ts";

/** A change to announce: what kind it is and what fills its message (amounts in cents). */
export type Change =
  | { kind: "joined" | "left"; name: string }
  | { kind: "status"; status: BoardDocProject["status"] }
  | { kind: "news"; name: string; body: string }
  | { kind: "title"; title: string }
  | { kind: "money"; requested: number; granted: number }
  | { kind: "fund"; year: number; left: number };

/**
 * What changed on a project between two live entries, in the order the page shows it, for
 * the polite announcement. The viewer's own joining and leaving is left out: the team
 * part says that already.
 */
export function changesBetween(
  before: BoardDocProject,
  after: BoardDocProject,
  viewerId: string | null,
): Change[] {
  const changes: Change[] = [];
  if (after.title !== before.title) changes.push({ kind: "title", title: after.title });
  if (after.status !== before.status) changes.push({ kind: "status", status: after.status });
  const had = new Set(before.team.map((m) => m.id));
  const has = new Set(after.team.map((m) => m.id));
  for (const m of after.team) {
    if (!had.has(m.id) && m.id !== viewerId) changes.push({ kind: "joined", name: m.name });
  }
  for (const m of before.team) {
    if (!has.has(m.id) && m.id !== viewerId) changes.push({ kind: "left", name: m.name });
  }
  const money =
    after.budgetRequested !== before.budgetRequested || after.budgetGranted !== before.budgetGranted;
  if (money) {
    changes.push({
      kind: "money",
      requested: after.budgetRequested,
      granted: after.budgetGranted,
    });
  }
  if (after.fund.left !== before.fund.left || after.fund.amount !== before.fund.amount) {
    changes.push({ kind: "fund", year: after.fund.year, left: after.fund.left });
  }
  const known = new Set(before.news.map((n) => n.id));
  // Oldest first, so several at once are read in the order they were written.
  for (const n of [...after.news].reverse()) {
    if (!known.has(n.id)) changes.push({ kind: "news", name: n.authorName, body: n.body });
  }
  return changes;
}
