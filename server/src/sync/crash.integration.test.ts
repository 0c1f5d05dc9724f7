import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { boards, users } from "@quer/db";
import { docName } from "@quer/shared";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createBoard } from "../boards/service.ts";
import { DB_FILE, openDatabase } from "../db/open.ts";
import { ensureWelcomeBoard } from "../first-run.ts";
import { bodyOf } from "../ideas/idea-text.ts";
import { ABNORMAL_CLOSURE, exited, freePort, gone } from "../testing/child-server.ts";
import {
  checkBoardDoc,
  checkStored,
  checkText,
  type Findings,
  findingCount,
  noFindings,
  readStored,
  tokensIn,
} from "../testing/crash-checks.ts";
import { Ledger } from "../testing/crash-ledger.ts";
import { type Cast, type LoadState, resendKeyedPosts, rngFor, runLoad, send } from "../testing/crash-load.ts";
import { tempDataDir } from "../testing/harness.ts";
import { type Standby, standbyServer } from "../testing/standby.ts";
import { type Client, Clients, residents, sleep, waitFor } from "../testing/sync-clients.ts";

/**
 * Kill moments per run: QUER_CRASH_TRIALS raises them (the figures in
 * docs/reliability.md come from 50); QUER_CRASH_SEED replays a run's choices.
 */
const TRIALS = Math.max(1, Number(process.env.QUER_CRASH_TRIALS) || 20);
const SEED = Number(process.env.QUER_CRASH_SEED) || Math.floor(Math.random() * 2 ** 31);
/**
 * Each kill comes after a random number of acknowledged writes, then a random pause
 * (ms), so every trial does about as much work however busy the machine is.
 */
const KILL_AFTER_ACKS = [0, 60] as const;
const KILL_PAUSE = [0, 25] as const;
const RESIDENTS = 8;
const DOTS = 20;
/** Each writer appends a token this often (ms) while it is connected. */
const TYPING_EVERY = 12;

const clients = new Clients();
const children: ChildProcess[] = [];
const standbys: Standby[] = [];
const dataDir = tempDataDir();

afterAll(() => {
  clients.closeAll();
  for (const s of standbys) s.dispose();
  for (const child of children) if (!gone(child)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const synced = (c: Client) => c.provider.synced;

function storedBody(ideaId: string): string | undefined {
  const sqlite = new Database(join(dataDir, DB_FILE), { readonly: true });
  try {
    return (sqlite.prepare("select body from ideas where id = ?").get(ideaId) as { body: string } | undefined)
      ?.body;
  } finally {
    sqlite.close();
  }
}

describe("crash safety", () => {
  it(
    `keeps every acknowledged write, once, through ${TRIALS} SIGKILLs at random moments`,
    async ({ onTestFailed }) => {
      let trial = 0;
      onTestFailed(() => {
        console.error(
          `crash safety failed in trial ${trial}; replay with QUER_CRASH_SEED=${SEED} QUER_CRASH_TRIALS=${TRIALS}`,
        );
      });
      const began = Date.now();
      const port = await freePort();
      const url = `http://localhost:${port}`;
      // Boards and people straight into the data folder the server will use: an open
      // board with up-votes, and one with 20 dots each whose tallies are revealed.
      const seed = openDatabase(dataDir);
      ensureWelcomeBoard(seed.db);
      const upBoard = seed.db.select({ id: boards.id }).from(boards).get()?.id as string;
      const dotsBoard = createBoard(
        seed.db,
        { title: "Punkte", voting: { kind: "dots", dots: DOTS } },
        null,
      ).id;
      seed.db.update(boards).set({ revealedAt: Date.now() }).where(eq(boards.id, dotsBoard)).run();
      const people = residents(seed.db, { url }, RESIDENTS + 1).map(({ id, person }) => ({
        id,
        cookie: person.cookie,
      }));
      const manager = people.pop();
      if (!manager) throw new Error("no people");
      seed.db.update(users).set({ role: "manager" }).where(eq(users.id, manager.id)).run();
      seed.sqlite.close();
      const cast: Cast = { url, upBoard, dotsBoard, dotsBudget: DOTS, residents: people, manager };
      const [author, coauthor] = people;
      if (!author || !coauthor) throw new Error("no residents");

      // Started as `pnpm start` starts it; each next server loads its code while this one runs.
      const env = { QUER_WRITES_PER_MINUTE: "1000000" };
      const nextStandby = () => {
        const s = standbyServer(url, port, dataDir, env);
        standbys.push(s);
        return s;
      };
      // Two wait ahead: loading one takes longer than a trial on a busy machine.
      const waiting = [nextStandby(), nextStandby()];
      const restart = () => {
        waiting.push(nextStandby());
        return (waiting.shift() as Standby).start();
      };
      let child = await restart();
      children.push(child);

      // One idea two people write together while anyone may read along.
      const ledger = new Ledger();
      const posted = await send(url, author, "POST", `/api/boards/${upBoard}/ideas`, { title: "Gemeinsam" });
      expect(posted?.status).toBe(201);
      const textIdea = posted?.json.idea.id as string;
      ledger.ideas.push({ id: textIdea, boardId: upBoard });
      expect(
        (await send(url, author, "PUT", `/api/ideas/${textIdea}/coauthors/${coauthor.id}`))?.status,
      ).toBe(204);
      const textDoc = docName("idea", textIdea);

      // Readers that stay connected through every crash and keep their copies: one that
      // had been sent something the server then lost would be refused (4403) on reconnect.
      const survivors = [upBoard, dotsBoard].map((id) => clients.provider(url, docName("board", id)));
      const watcher = clients.provider(url, textDoc);
      await waitFor(() => [...survivors, watcher].every(synced), "readers synced");
      let watching = false;
      watcher.provider.on("connection-close", () => {
        if (!watching) return;
        watching = false;
        // Sent by the server before it died, so stored before: acknowledged.
        ledger.textSeen(tokensIn(watcher.doc.getText("body").toString()));
      });

      let checks = 0;
      let inFlight = 0;
      let happened = 0;
      const found = noFindings();
      for (; trial < TRIALS; trial++) {
        const replay = `seed ${SEED}, trial ${trial}`;
        const placement = rngFor(SEED, trial, 1000);
        const killAfterAcks = placement.between(...KILL_AFTER_ACKS);
        const killPause = placement.between(...KILL_PAUSE);
        const typing = new Clients();
        const writers = [author, coauthor].map((w) => typing.provider(url, textDoc, { cookie: w.cookie }));
        await waitFor(() => writers.every(synced), "writers synced");
        const timers = writers.map((w, i) => {
          let n = 0;
          const body = w.doc.getText("body");
          return setInterval(() => body.insert(0, `[${trial}.${i}.${n++}]`), TYPING_EVERY);
        });
        const state: LoadState = { killed: false, acks: 0, problems: [] };
        const load = runLoad(cast, ledger, state, SEED, trial);
        const reached = new Promise<void>((resolve) => {
          state.onAck = () => state.acks >= killAfterAcks && resolve();
          state.onAck();
        });
        // The load ends early only on a wrong answer, which the check reports.
        await Promise.race([reached, load]);
        await sleep(killPause);
        state.killed = true;
        watching = true;
        child.kill("SIGKILL");
        for (const timer of timers) clearInterval(timer);
        await exited(child);
        // The writers' devices are gone with the server: only what it stored counts.
        for (const w of writers)
          for (const t of tokensIn(w.doc.getText("body").toString())) ledger.typedTokens.add(t);
        typing.closeAll();
        // Every request has its outcome before the next server listens: none may reach it late.
        await load;
        await waitFor(() => !watching, "the reader to notice the crash");
        child = await restart();
        children.push(child);

        // After the restart: the survivors reconnect, fresh readers load every document.
        const f = noFindings();
        f.wrongAnswers.push(...state.problems);
        const fresh = new Clients();
        const text = fresh.provider(url, textDoc);
        const boardsNow = [upBoard, dotsBoard].map((id) => fresh.provider(url, docName("board", id)));
        const readers = {
          text,
          upFresh: boardsNow[0],
          dotsFresh: boardsNow[1],
          upKept: survivors[0],
          dotsKept: survivors[1],
          watcher,
        };
        await waitFor(
          () => Object.values(readers).every((r) => r && synced(r)),
          "readers after restart",
          30_000,
        ).catch((error) => {
          const states = Object.entries(readers).map(
            ([name, r]) =>
              `${name}: synced ${r?.provider.synced}, connected ${r?.provider.wsconnected}, closes ${r?.closes.slice(-5)}`,
          );
          throw new Error(`${error}\n${states.join("\n")}`);
        });
        const stored = readStored(join(dataDir, DB_FILE));
        checks += checkStored(stored, ledger, f, new Set([textIdea]));
        [upBoard, dotsBoard].forEach((id, i) => {
          checkBoardDoc(id, boardsNow[i]?.ideas() ?? {}, stored, f);
          checkBoardDoc(id, survivors[i]?.ideas() ?? {}, stored, f);
        });
        checks += checkText(text.doc.getText("body").toString(), ledger, f);
        for (const reader of [...survivors, watcher]) {
          const refused = reader.closes.filter((code) => code !== ABNORMAL_CLOSURE);
          if (refused.length > 0) f.losses.push(`a reader that kept its copy was closed with ${refused}`);
        }
        // A crash between storing an edit and copying it into SQL heals on load.
        const body = bodyOf(text.doc);
        await waitFor(() => storedBody(textIdea) === body, "co-written text copied into SQL").catch(() =>
          f.losses.push(`ideas.body of ${textIdea} never caught up with its document`),
        );
        fresh.closeAll();

        const settled = ledger.settle(stored);
        inFlight += settled.inFlight;
        happened += settled.happened;
        await resendKeyedPosts(cast, ledger, f);
        const again = noFindings();
        checkStored(readStored(join(dataDir, DB_FILE)), ledger, again, new Set([textIdea]));
        for (const key of Object.keys(f) as (keyof Findings)[]) {
          f[key].push(...again[key].filter((finding) => !f[key].includes(finding)));
          found[key].push(...f[key]);
        }
        expect(f, replay).toEqual(noFindings());
      }

      const a = ledger.acknowledged;
      console.log(
        `crash safety: seed ${SEED}, ${TRIALS} kills, ${ledger.total} acknowledged writes ` +
          `(${a.posts} posts, ${a.votes} votes, ${a.comments} comments, ${a.statuses} status changes, ` +
          `${a.text} co-written tokens), ${checks} checks of them after restarts, ` +
          `${inFlight} requests in flight at the kills (${happened} had happened), ` +
          `${findingCount(found)} findings, ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
      expect(ledger.acknowledged.posts).toBeGreaterThan(0);
      expect(ledger.acknowledged.text).toBeGreaterThan(0);
    },
    // Generous: a machine busy with other work may take many times as long.
    60_000 + TRIALS * 15_000,
  );
});
