import { createManager } from "../../server/src/cli/create-manager.ts";
import type { Config } from "../../server/src/config.ts";
import { testServer } from "../../server/src/testing/harness.ts";

export type QuerServer = Awaited<ReturnType<typeof testServer>>;

/**
 * A real server on a free port with its own database, serving the built client
 * (`pnpm build` must have run). A fresh database holds one welcome board.
 */
export async function startServer(overrides: Partial<Config> = {}): Promise<QuerServer> {
  return testServer(overrides);
}

let counter = 0;
/** A unique address per call, so tests in one file never collide. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Date.now().toString(36)}@example.org`;
}

export const PASSWORD = "ein-langes-passwort";

export async function makeManager(server: QuerServer, name = "Maria Manager") {
  const email = uniqueEmail("manager");
  const result = await createManager(server.services.db, { email, name, password: PASSWORD });
  if (!result.ok) throw new Error(result.message);
  return { email, name, password: PASSWORD };
}

/** The id of the welcome board a fresh server creates. */
export async function firstBoardId(server: QuerServer): Promise<string> {
  const res = await fetch(`${server.url}/api/boards`);
  const body = (await res.json()) as { boards: { id: string }[] };
  const id = body.boards[0]?.id;
  if (!id) throw new Error("the fresh server has no board");
  return id;
}
