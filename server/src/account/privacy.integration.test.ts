import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_TASKS } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createManager } from "../cli/create-manager.ts";
import { Person, seedBoard, signedInManager, tempDataDir, testServer } from "../testing/harness.ts";
import { localSmtp } from "../testing/smtp.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";
import { describeTraces, formsOf, type ScanResult, scanForTraces } from "../testing/traces.ts";

/**
 * Deleted people leave no trace: a person's name and address are planted in everything
 * they can make, the account is deleted, and then every byte under DATA_DIR is read —
 * the live database and its WAL, a backup taken right after the deletion, and the
 * files a clean stop leaves.
 */

const NAME = "Zyxwvu Plantnäme";
const EMAIL = "zyxwvu-plant@example.org";
const CHIEF = "Zyxwvu Plantchefin";
const CHIEF_EMAIL = "zyxwvu-chefin@example.org";
const GUEST = "Zyxwvu Plantgäst";
/** The part every planted string shares: found in any form, nothing planted is missed. */
const TOKEN = "zyxwvu";
const PLANTED = [NAME, EMAIL, CHIEF, CHIEF_EMAIL, GUEST, TOKEN];

const root = fileURLToPath(new URL("../../../", import.meta.url));
const clients = new Clients();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  clients.closeAll();
  for (const f of cleanups.splice(0).reverse()) await f();
});

/** `pnpm quer backup FILE` against the running server's DATA_DIR. */
function backup(dataDir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/quer.ts", "backup", file], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, QUER_LOG: "silent" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`backup failed: ${stderr}`))));
  });
}

describe("deleting an account", () => {
  it("leaves no byte of the person's name or address anywhere under DATA_DIR", async () => {
    const dataDir = tempDataDir();
    const smtp = await localSmtp();
    let smtpOpen = true;
    cleanups.push(async () => {
      if (smtpOpen) await smtp.close();
    });
    const server = await testServer({ smtpUrl: smtp.url, mailFrom: "Quer <quer@example.org>" }, dataDir);
    let running = true;
    cleanups.push(async () => {
      if (running) await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const { services, url } = server;
    const board = seedBoard(services);
    const workshop = seedBoard(services, { title: "Abend im QUER", mode: "workshop" });

    // The board documents are loaded and written while the person's name is in them.
    const watcher = clients.provider(url, `board:${board.id}`);
    await waitFor(() => watcher.provider.synced, "the board document synced");

    const maria = await signedInManager(services, Person.over(server));
    const ben = Person.over(server);
    const benUser = await ben.register("Ben Nachbar");
    const zara = Person.over(server);
    const me = await zara.register(NAME, EMAIL);
    expect((await zara.call("PUT", "/api/me/notices", { emailNotices: "immediate" })).status).toBe(200);
    const inbox = clients.provider(url, `inbox:${me.id}`, { cookie: zara.cookie });
    await waitFor(() => inbox.provider.synced, "her inbox document synced");

    // An idea of hers, co-written with Ben in idea:<id>.
    const idea = (
      await zara.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank am Brunnen", body: "Schattig" })
    ).json.idea;
    await waitFor(() => watcher.ideas()[idea.id]?.authorName === NAME, "her name in board:<id>");
    expect((await zara.call("PUT", `/api/ideas/${idea.id}/coauthors/${benUser.id}`)).status).toBe(204);
    const herText = clients.provider(url, `idea:${idea.id}`, { cookie: zara.cookie });
    const benText = clients.provider(url, `idea:${idea.id}`, { cookie: ben.cookie });
    await waitFor(() => herText.provider.synced && benText.provider.synced, "both editors synced");
    herText.doc.getText("body").insert(0, "Im Sommer ");
    benText.doc.getText("body").insert(0, "Unter der Linde. ");
    await waitFor(
      () => herText.doc.getText("body").toString() === benText.doc.getText("body").toString(),
      "the co-written text to meet",
    );

    // Her comment, vote, co-writing and report (its reason names her) on Ben's idea.
    const bens = (await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Licht am Weg" }))
      .json.idea;
    expect((await zara.call("PUT", `/api/ideas/${bens.id}/vote`)).status).toBe(200);
    // She writes another idea of Ben's with him: the board document lists her name there.
    const withBen = (await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Brunnen putzen" }))
      .json.idea;
    expect((await ben.call("PUT", `/api/ideas/${withBen.id}/coauthors/${me.id}`)).status).toBe(204);
    await waitFor(
      () => (watcher.ideas()[withBen.id]?.coauthors as string[] | undefined)?.includes(NAME),
      "her name among the co-authors in board:<id>",
    );
    expect(
      (await zara.call("POST", `/api/ideas/${bens.id}/comments`, { body: "Gute Idee, ich helfe mit" }))
        .status,
    ).toBe(201);
    expect(
      (await zara.call("POST", `/api/ideas/${bens.id}/report`, { reason: `${NAME} meint: doppelt` })).status,
    ).toBe(201);

    // A manager with a planted name changes her idea's status: an audit entry, a notice for
    // her, and a mail that goes out over SMTP.
    const chief = await createManager(services.db, {
      email: CHIEF_EMAIL,
      name: CHIEF,
      password: "chefin-passwort",
    });
    if (!chief.ok) throw new Error(chief.message);
    const chiefPerson = Person.over(server);
    expect((await chiefPerson.login(CHIEF_EMAIL, "chefin-passwort")).status).toBe(200);
    expect(
      (await chiefPerson.call("POST", `/api/ideas/${idea.id}/status`, { status: "reviewing" })).status,
    ).toBe(200);
    await waitFor(() => smtp.mails.some((m) => m.to.includes(EMAIL)), "the first mail to her sent");

    // Her idea becomes a project: she is on the team, writes news and takes a task.
    const project = (await maria.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    expect(
      (await zara.call("POST", `/api/projects/${project.id}/news`, { body: "Die Bank ist bestellt." }))
        .status,
    ).toBe(201);
    const plan = clients.provider(url, `project:${project.id}`, { cookie: zara.cookie });
    await waitFor(() => plan.provider.synced, "the plan synced");
    const task = new Y.Map<unknown>();
    plan.doc.getArray<Y.Map<unknown>>(PROJECT_TASKS).push([task]);
    task.set("id", "t1");
    task.set("title", "Bank abholen");
    task.set("done", false);
    task.set("takenBy", { id: me.id, name: NAME });
    const planWatch = clients.provider(url, `project:${project.id}`, { cookie: maria.cookie });
    await waitFor(
      () => JSON.stringify(planWatch.doc.getArray(PROJECT_TASKS).toJSON()).includes(NAME),
      "her task in the stored plan",
    );

    // A second mail to her stays unsent: the mail server is gone.
    await smtp.close();
    smtpOpen = false;
    expect((await maria.call("POST", `/api/ideas/${idea.id}/status`, { status: "accepted" })).status).toBe(
      200,
    );
    await waitFor(
      () =>
        services.sqlite
          .prepare('select attempts from outbox where "to" = ? and sent_at is null')
          .get(EMAIL) as { attempts: number } | undefined,
      "the unsent mail in the outbox",
    );

    // A workshop guest with a planted name posts an idea there.
    const { code } = (await maria.call("POST", `/api/boards/${workshop.id}/session`)).json;
    const guest = Person.over(server);
    expect((await guest.call("POST", "/api/join", { code, name: GUEST })).status).toBe(200);
    const guestIdea = (await guest.call("POST", `/api/boards/${workshop.id}/ideas`, { title: "Tischtennis" }))
      .json.idea;
    const room = clients.provider(url, `board:${workshop.id}`, { cookie: maria.cookie });
    await waitFor(() => room.ideas()[guestIdea.id]?.authorName === GUEST, "the guest's name in board:<id>");

    // The control: what was planted is on disk now.
    const before = scanForTraces(dataDir, PLANTED);
    expect(before.traces.length).toBeGreaterThan(0);

    for (const person of [zara, chiefPerson, guest]) {
      expect((await person.call("DELETE", "/api/me")).status).toBe(204);
    }
    await waitFor(() => watcher.ideas()[idea.id]?.authorName === "Anonym", "the board shows Anonym");
    await services.erasures.settled();

    const live = scanForTraces(dataDir, PLANTED);
    const backups = join(dataDir, "backups");
    mkdirSync(backups);
    await backup(dataDir, join(backups, "nach-der-loeschung.sqlite"));
    const withBackup = scanForTraces(dataDir, PLANTED);

    clients.closeAll();
    await server.close();
    running = false;
    const stopped = scanForTraces(dataDir, PLANTED);

    expect({
      whileRunning: describeTraces(live),
      withBackup: describeTraces(withBackup),
      afterStop: describeTraces(stopped),
    }).toEqual({ whileRunning: [], withBackup: [], afterStop: [] });
    expect(stopped.files).toBeGreaterThanOrEqual(2);
    const figures = (scan: ScanResult) =>
      `${scan.files} files, ${scan.bytes} B, ${scan.traces.length} occurrences`;
    console.info(
      `privacy: ${PLANTED.length} strings planted, ${formsOf(PLANTED).length} byte forms searched; ` +
        `before the deletion ${figures(before)}; after it, running: ${figures(live)}; ` +
        `with a backup: ${figures(withBackup)}; after a clean stop: ${figures(stopped)}`,
    );
  });
});
