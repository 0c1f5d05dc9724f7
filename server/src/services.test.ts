import { existsSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createServices } from "./services.ts";
import { seedBoard, tempDataDir, testConfig } from "./testing/harness.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("Services.close", () => {
  it("closes the database after the background thread's connection, leaving no WAL behind", async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const services = createServices(testConfig(dir), {
      backgroundEntry: new URL("./testing/holding-worker.ts", import.meta.url),
    });
    const board = seedBoard(services, { title: "Vor dem Schließen" });
    // The thread now has its own connection open, as during a checkpoint or a merge.
    await services.background.checkpoint();
    expect(existsSync(`${services.dbFile}-wal`)).toBe(true);

    await services.close();
    expect(existsSync(`${services.dbFile}-wal`)).toBe(false);
    expect(existsSync(`${services.dbFile}-shm`)).toBe(false);
    const copy = new Database(services.dbFile, { readonly: true });
    expect(copy.prepare("select title from boards where id = ?").get(board.id)).toEqual({
      title: "Vor dem Schließen",
    });
    copy.close();
  });
});
