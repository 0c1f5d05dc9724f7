import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DB_FILE } from "../db/open.ts";
import { createServices } from "../services.ts";
import { exited, freePort, startChild } from "../testing/child-server.ts";
import { quer } from "../testing/cli.ts";
import { Person, seedBoard, tempDataDir, testConfig, testServer } from "../testing/harness.ts";
import { cliEn } from "./messages.en.ts";
import { restoreDatabase } from "./restore.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir;
}

/** A stopped Quer database in `dir` with one board of each title. */
async function quietDatabase(dir: string, ...titles: string[]): Promise<void> {
  const services = createServices(testConfig(dir));
  for (const title of titles) seedBoard(services, { title });
  await services.close();
}

/** A backup of `dir`'s database, as `pnpm quer backup` writes it. */
async function backupOf(dir: string, file: string): Promise<string> {
  const sqlite = new Database(join(dir, DB_FILE), { fileMustExist: true });
  await sqlite.backup(file);
  sqlite.close();
  return file;
}

function boardTitles(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare<[], string>("select title from boards order by title").pluck().all();
  } finally {
    sqlite.close();
  }
}

/** Every file in `dir` with a hash of its content: "nothing changed" means this is equal. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex"),
      ]),
  );
}

describe("quer restore", () => {
  it("puts a backup in place, keeps the database it replaces, and the server starts with the backup's data", async () => {
    const dataDir = tempDir();
    await quietDatabase(dataDir, "In der Sicherung");
    const backup = await backupOf(dataDir, join(tempDir(), "nacht.sqlite"));
    await quietDatabase(dataDir, "Nach der Sicherung");

    const { stdout } = await quer(dataDir, "restore", backup);
    const kept = readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.before-restore-`));
    expect(kept).toHaveLength(1);
    expect(stdout).toContain(kept[0]);
    expect(readdirSync(dataDir).sort()).toEqual([DB_FILE, kept[0]].sort());
    expect(boardTitles(join(dataDir, kept[0] as string))).toContain("Nach der Sicherung");

    const server = await testServer({}, dataDir);
    try {
      const titles = (await Person.over(server).call("GET", "/api/boards")).json.boards.map(
        (b: { title: string }) => b.title,
      );
      expect(titles).toContain("In der Sicherung");
      expect(titles).not.toContain("Nach der Sicherung");
    } finally {
      await server.close();
    }
  });

  it("refuses a damaged backup and changes nothing", async () => {
    const dataDir = tempDir();
    await quietDatabase(dataDir, "Bleibt");
    const good = await backupOf(dataDir, join(tempDir(), "gut.sqlite"));
    const damaged = join(tempDir(), "kaputt.sqlite");
    copyFileSync(good, damaged);
    // Garbage over the last page only: the file still opens as SQLite and its tables
    // can be listed and read; only the full check finds the damage.
    const bytes = readFileSync(damaged);
    for (let i = bytes.length - 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    writeFileSync(damaged, bytes);
    const before = snapshot(dataDir);

    const refused = await quer(dataDir, "restore", damaged).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("wird nicht eingespielt") });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it("refuses a file that is not a Quer database, or is missing, and changes nothing", async () => {
    const dataDir = tempDir();
    await quietDatabase(dataDir, "Bleibt");
    const before = snapshot(dataDir);
    const other = tempDir();

    const text = join(other, "notizen.txt");
    writeFileSync(text, "Das ist keine Datenbank.\n".repeat(500));
    const foreign = join(other, "fremd.sqlite");
    const sqlite = new Database(foreign);
    sqlite.exec("create table notes (body text); insert into notes values ('fremd')");
    sqlite.close();
    const live = join(other, "offen.sqlite");
    copyFileSync(await backupOf(dataDir, join(other, "x.sqlite")), live);
    writeFileSync(`${live}-wal`, "frames of a database still in use");

    for (const [file, why] of [
      [text, /SQLite/],
      [foreign, /keine Datenbank von Quer/],
      [join(other, "gibt-es-nicht.sqlite"), /gibt es nicht/],
      [live, /keine Sicherung/],
    ] as const) {
      const result = restoreDatabase(dataDir, file);
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(why) });
      expect(snapshot(dataDir)).toEqual(before);
    }
    // `QUER_LANG=en` words the same refusals in English.
    const english = restoreDatabase(dataDir, join(other, "gibt-es-nicht.sqlite"), new Date(), cliEn.restore);
    expect(english).toMatchObject({ ok: false, message: expect.stringMatching(/^There is no file /) });
  });

  it("refuses while a server runs on the database, and changes nothing", { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    await quietDatabase(dataDir, "Bleibt");
    const backup = await backupOf(dataDir, join(tempDir(), "nacht.sqlite"));
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const child = await startChild(url, port, dataDir);
    try {
      const refused = await quer(dataDir, "restore", backup).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("Server") });
      expect(
        readdirSync(dataDir).filter((f) => f.includes("before-restore") || f.includes("restoring")),
      ).toEqual([]);
      const titles = (await Person.over({ url }).call("GET", "/api/boards")).json.boards.map(
        (b: { title: string }) => b.title,
      );
      expect(titles).toContain("Bleibt");
    } finally {
      child.kill("SIGTERM");
      await exited(child);
    }
    expect(child.exitCode).toBe(0);
    expect(boardTitles(join(dataDir, DB_FILE))).toContain("Bleibt");
  });

  it("keeps what only a crashed server's WAL held with the old database, never in the restored one", async () => {
    const dataDir = tempDir();
    await quietDatabase(dataDir, "Vor dem Absturz");
    const backup = await backupOf(dataDir, join(tempDir(), "nacht.sqlite"));
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const child = await startChild(url, port, dataDir);
    const anna = Person.over({ url });
    await anna.register("Anna");
    const boardId = (await anna.call("GET", "/api/boards")).json.boards[0].id;
    expect((await anna.call("POST", `/api/boards/${boardId}/ideas`, { title: "Nur im WAL" })).status).toBe(
      201,
    );
    child.kill("SIGKILL");
    await exited(child);
    expect(existsSync(join(dataDir, `${DB_FILE}-wal`))).toBe(true);

    const result = restoreDatabase(dataDir, backup);
    expect(result.ok).toBe(true);
    expect(readdirSync(dataDir).sort()).toEqual(
      [DB_FILE, (result as { previous: string }).previous.split("/").pop()].sort(),
    );
    const restored = new Database(join(dataDir, DB_FILE), { readonly: true });
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(restored.prepare("select count(*) as n from ideas").get()).toEqual({ n: 0 });
    restored.close();
    const kept = new Database((result as { previous: string }).previous, { readonly: true });
    expect(kept.prepare("select title from ideas").all()).toEqual([{ title: "Nur im WAL" }]);
    kept.close();
  });
});
