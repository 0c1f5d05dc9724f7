import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CloseCode, docName } from "@quer/shared";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords.ts";
import { openDatabase } from "../db/open.ts";
import { quer, querWith } from "../testing/cli.ts";
import { Person, seedBoard, tempDataDir, testServer } from "../testing/harness.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";

const dirs: string[] = [];
const clients = new Clients();
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function account(dir: string, email: string) {
  const { sqlite } = openDatabase(dir);
  try {
    return sqlite
      .prepare("select id, name, role, password_hash as passwordHash from users where email = ?")
      .get(email) as { id: string; name: string; role: string; passwordHash: string } | undefined;
  } finally {
    sqlite.close();
  }
}

describe("quer create-manager", () => {
  it("creates a manager and prints the id", async () => {
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
    const row = account(dir, "maria@example.org");
    expect(row).toMatchObject({ id, name: "Maria", role: "manager" });
    expect(await verifyPassword(row?.passwordHash as string, "ein-gutes-passwort")).toBe(true);
  });

  it("changes nothing for an address someone registered first, and takes it over only with --promote", async () => {
    const server = await testServer();
    try {
      const office = "buero@quartier.example.org";
      const squatter = Person.over(server);
      const registered = await squatter.register("Büro", office);
      const before = account(server.dataDir, office);
      const args = [
        "create-manager",
        "--email",
        office,
        "--name",
        "Maria",
        "--password",
        "das-neue-passwort",
      ];

      const refused = await quer(server.dataDir, ...args).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 1, stdout: "", stderr: expect.stringContaining("--promote") });
      expect(account(server.dataDir, office)).toEqual(before);
      expect(before?.role).toBe("resident");
      expect((await squatter.call("GET", "/api/me")).json.user).toMatchObject({
        id: registered.id,
        role: "resident",
      });

      // --promote checks the password like registration does, and then too changes nothing.
      const weak = await quer(server.dataDir, ...args.slice(0, -1), "kurz", "--promote").catch(
        (e: unknown) => e,
      );
      expect(weak).toMatchObject({ code: 2, stderr: expect.stringContaining("--password") });
      expect(account(server.dataDir, office)).toEqual(before);
      expect((await squatter.call("GET", "/api/me")).json.user).toMatchObject({ id: registered.id });

      // The squatter keeps a live page open: its socket must not outlive the takeover.
      const board = seedBoard(server.services);
      const socket = clients.provider(server.url, docName("board", board.id), { cookie: squatter.cookie });
      await waitFor(() => socket.provider.synced, "the squatter's socket");

      const { stdout } = await quer(server.dataDir, ...args, "--promote");
      expect(stdout.trim()).toBe(registered.id);
      expect((await squatter.call("GET", "/api/me")).json.user).toBeNull();
      await waitFor(() => socket.closes.includes(CloseCode.sessionEnded), "the squatter's socket closed");
      const stranger = Person.over(server);
      expect((await stranger.login(office, "ein-gutes-passwort")).status).toBe(401);
      const maria = Person.over(server);
      const login = await maria.login(office, "das-neue-passwort");
      expect(login.status).toBe(200);
      expect(login.json.user).toMatchObject({ id: registered.id, name: "Maria", role: "manager" });
    } finally {
      clients.closeAll();
      await server.dispose();
    }
  });

  it("says what it did, in which database, and where to sign in; the id stays alone on standard output", async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const args = [
      "create-manager",
      "--email",
      "maria@example.org",
      "--name",
      "Maria",
      "--password",
      "ein-gutes-passwort",
    ];
    const first = await querWith({ DATA_DIR: dir, PUBLIC_URL: "http://192.168.1.20:3000" }, ...args);
    expect(first.stdout).toMatch(/^[a-z0-9]{24}\n$/);
    expect(first.stderr).toContain("Konto der Quartiersmanagerin angelegt: Maria <maria@example.org>.");
    expect(first.stderr).toContain(`Datenbank: ${join(dir, "quer.sqlite")}`);
    expect(first.stderr).toContain(`DATA_DIR: ${dir}\n`);
    expect(first.stderr).toContain("Anmelden: http://192.168.1.20:3000/login mit maria@example.org");
    // The folder had no database: the command says it made one, as a wrong DATA_DIR would.
    expect(first.stderr).toContain("lag noch keine Datenbank");

    const again = await querWith(
      { DATA_DIR: dir, QUER_LANG: "en" },
      ...args.slice(0, 2),
      "ben@example.org",
      ...args.slice(3),
    );
    expect(again.stderr).toContain("Manager account created: Maria <ben@example.org>.");
    expect(again.stderr).toContain("Sign in: http://localhost:3000/login with ben@example.org");
    expect(again.stderr).not.toContain("no database");
  });

  it("exits non-zero with a message for bad input", async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    await expect(
      quer(dir, "create-manager", "--email", "kaputt", "--name", "M", "--password", "kurz"),
    ).rejects.toMatchObject({
      code: 2,
      // The shared schema's message in words, not its key.
      stderr: expect.stringContaining("--email: Bitte eine gültige E-Mail-Adresse angeben."),
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
