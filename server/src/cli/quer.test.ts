import { execFile } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords.ts";
import { openDatabase } from "../db/open.ts";
import { Person, tempDataDir, testServer } from "../testing/harness.ts";

const run = promisify(execFile);
const root = new URL("../../../", import.meta.url).pathname;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function quer(dataDir: string, ...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "server/src/cli/quer.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
  });
}

describe("quer create-manager", () => {
  it("creates a manager, prints the id, and promotes an existing account", async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const { stdout } = await quer(
      dir,
      "create-manager",
      "--email",
      "Maria@Example.org",
      "--name",
      "Maria",
      "--password",
      "ein-gutes-passwort",
    );
    const id = stdout.trim();
    expect(id).toMatch(/^[a-z0-9]{24}$/);
    const { sqlite } = openDatabase(dir);
    const row = sqlite.prepare("select * from users where id = ?").get(id) as Record<string, string>;
    expect(row).toMatchObject({ email: "maria@example.org", name: "Maria", role: "manager" });
    expect(await verifyPassword(row.password_hash as string, "ein-gutes-passwort")).toBe(true);
    sqlite.prepare("update users set role = 'resident' where id = ?").run(id);
    sqlite.close();
    const again = await quer(
      dir,
      "create-manager",
      "--email",
      "maria@example.org",
      "--name",
      "X",
      "--password",
      "anderes-passwort",
    );
    expect(again.stdout.trim()).toBe(id);
    const check = openDatabase(dir).sqlite;
    expect(check.prepare("select role, name from users where id = ?").get(id)).toEqual({
      role: "manager",
      name: "Maria",
    });
    check.close();
  });

  it("exits non-zero with a message for bad input", async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    await expect(
      quer(dir, "create-manager", "--email", "kaputt", "--name", "M", "--password", "kurz"),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--email"),
    });
  });
});

describe("quer backup", () => {
  it("writes a consistent copy while the server runs", async () => {
    const server = await testServer();
    try {
      const anna = Person.over(server);
      await anna.register("Anna");
      const boardId = (await anna.call("GET", "/api/boards")).json.boards[0].id;
      await anna.call("POST", `/api/boards/${boardId}/ideas`, { title: "Bücherschrank" });
      const target = join(server.dataDir, "backup.sqlite");
      const { stdout } = await quer(server.dataDir, "backup", target);
      expect(stdout).toContain("backup.sqlite");
      expect(existsSync(target)).toBe(true);
      const copy = new Database(target, { readonly: true });
      expect(copy.prepare("select title from ideas").all()).toEqual([{ title: "Bücherschrank" }]);
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      copy.close();
    } finally {
      await server.dispose();
    }
  });
});
