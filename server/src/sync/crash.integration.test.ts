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
/** Each writer adds a token this often (ms) while it is connected. */
const TYPING_EVERY = 12;
/** Characters of text the co-written idea starts with (above the background-merge size). */
const LONG_TEXT = 27 * 6000;

const clients = new Clients();
const children: ChildProcess[] = [];
const standbys: Standby[] = [];
const dataDir = tempDataDir();
const dbFile = join(dataDir, DB_FILE);

afterAll(() => {
  clients.closeAll();
  for (const s of standbys) s.dispose();
  for (const child of children) if (!gone(child)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const synced = (c: Client | undefined) => c?.provider.synced === true;

/**
 * Boards and people straight into the data folder the server will use: the open board
 * with up-votes a first start makes, one with dots whose tallies are revealed, eight
 * residents and a manager with sessions.
 */
function seedCast(url: string): Cast {
  const { db, sqlite } = openDatabase(dataDir);
  ensureWelcomeBoard(db);
  const upBoard = db.select({ id: boards.id }).from(boards).get()?.id as string;
  const dotsBoard = createBoard(db, { title: "Punkte", voting: { kind: "dots", dots: DOTS } }, null).id;
  db.update(boards).set({ revealedAt: Date.now() }).where(eq(boards.id, dotsBoard)).run();
  const people = residents(db, { url }, RESIDENTS + 1).map(({ id, person }) => ({
    id,
    cookie: person.cookie,
  }));
  const manager = people.pop();
  if (!manager) throw new Error("no people");
  db.update(users).set({ role: "manager" }).where(eq(users.id, manager.id)).run();
  sqlite.close();
  return { url, upBoard, dotsBoard, dotsBudget: DOTS, residents: people, manager };
}

function storedBody(ideaId: string): string | undefined {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    const row = sqlite.prepare("select body from ideas where id = ?").get(ideaId) as
      | { body: string }
      | undefined;
    return row?.body;
  } finally {
    sqlite.close();
  }
}

/** Readers that stay connected through every crash and keep their copies, as phones do. */
interface Keepers {
  boards: Client[];
  text: Client;
}

/**
 * After a restart: the database, fresh copies of every document and the copies kept
 * through the crash against the ledger. Returns how many acknowledged writes it checked.
 */
async function checkAfterRestart(
  cast: Cast,
  ledger: Ledger,
  keepers: Keepers,
  textIdea: string,
  f: Findings,
) {
  const { url } = cast;
  const fresh = new Clients();
  try {
    const text = fresh.provider(url, docName("idea", textIdea));
    const boardIds = [cast.upBoard, cast.dotsBoard];
    const boardsNow = boardIds.map((id) => fresh.provider(url, docName("board", id)));
    const readers = { text, upFresh: boardsNow[0], dotsFresh: boardsNow[1], kept: keepers.text };
    const all = [...Object.values(readers), ...keepers.boards];
    await waitFor(() => all.every(synced), "readers after restart", 30_000).catch((error) => {
      const states = all.map(
        (r) => `${r?.provider.roomname}: synced ${synced(r)}, closes ${r?.closes.slice(-5)}`,
      );
      throw new Error(`${error}\n${states.join("\n")}`);
    });

    const stored = readStored(dbFile);
    let checked = checkStored(stored, ledger, f, new Set([textIdea]));
    boardIds.forEach((id, i) => {
      checkBoardDoc(id, boardsNow[i]?.ideas() ?? {}, stored, f);
      checkBoardDoc(id, keepers.boards[i]?.ideas() ?? {}, stored, f);
    });
    checked += checkText(text.doc.getText("body").toString(), ledger, f);
    // A kept copy holding an update the server relayed and then lost is refused (4403).
    for (const reader of [...keepers.boards, keepers.text]) {
      const refused = reader.closes.filter((code) => code !== ABNORMAL_CLOSURE);
      if (refused.length > 0)
        f.losses.push(`${reader.provider.roomname}: a kept copy was closed with ${refused}`);
    }
    // A crash between storing an edit and copying it into SQL heals on load.
    const body = bodyOf(text.doc);
    await waitFor(() => storedBody(textIdea) === body, "co-written text copied into SQL").catch(() =>
      f.losses.push(`ideas.body of ${textIdea} never caught up with its document`),
    );

    const settled = ledger.settle(stored);
    await resendKeyedPosts(cast, ledger, f);
    const again = noFindings();
    checkStored(readStored(dbFile), ledger, again, new Set([textIdea]));
    for (const key of Object.keys(f) as (keyof Findings)[]) {
      f[key].push(...again[key].filter((finding) => !f[key].includes(finding)));
    }
    return { checked, ...settled };
  } finally {
    fresh.closeAll();
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
      const cast = seedCast(url);
      const [author, coauthor] = cast.residents;
      if (!author || !coauthor) throw new Error("no residents");

      // Each server starts as `pnpm start` starts it; the next ones load their code meanwhile.
      const nextStandby = () => {
        const s = standbyServer(url, port, dataDir, { QUER_WRITES_PER_MINUTE: "1000000" });
        standbys.push(s);
        return s;
      };
      // Two wait ahead: loading one can take longer than a trial on a busy machine.
      const waiting = [nextStandby(), nextStandby()];
      const restart = async () => {
        waiting.push(nextStandby());
        const child = await (waiting.shift() as Standby).start();
        children.push(child);
        return child;
      };
      let child = await restart();

      // One idea its author and a co-author write together while anyone may read along.
      const ledger = new Ledger();
      const posted = await send(url, author, "POST", `/api/boards/${cast.upBoard}/ideas`, {
        title: "Gemeinsam",
      });
      expect(posted?.status).toBe(201);
      const textIdea = posted?.json.idea.id as string;
      ledger.ideas.push({ id: textIdea, boardId: cast.upBoard });
      const invited = await send(url, author, "PUT", `/api/ideas/${textIdea}/coauthors/${coauthor.id}`);
      expect(invited?.status).toBe(204);
      const textDoc = docName("idea", textIdea);

      const keepers: Keepers = {
        boards: [cast.upBoard, cast.dotsBoard].map((id) => clients.provider(url, docName("board", id))),
        text: clients.provider(url, textDoc),
      };
      await waitFor(() => [...keepers.boards, keepers.text].every(synced), "readers synced");
      // A long text first: from 128 KiB on, a document's compactions are merged on the
      // server's background thread while writes go on (decision 0010), so kills land there too.
      const filler = new Clients();
      const long = filler.provider(url, textDoc, { cookie: author.cookie });
      await waitFor(() => synced(long), "the long text's writer synced");
      long.doc.getText("body").insert(0, "Platz für alle im Viertel. ".repeat(LONG_TEXT / 27));
      await waitFor(() => keepers.text.doc.getText("body").length >= LONG_TEXT, "the long text relayed");
      filler.closeAll();
      let watching = false;
      keepers.text.provider.on("connection-close", () => {
        if (!watching) return;
        watching = false;
        // What a second client was sent had been stored first: acknowledged.
        ledger.textSeen(tokensIn(keepers.text.doc.getText("body").toString()));
      });

      let checks = 0;
      let inFlight = 0;
      let happened = 0;
      for (; trial < TRIALS; trial++) {
        const placement = rngFor(SEED, trial, 1000);
        const killAfterAcks = placement.between(...KILL_AFTER_ACKS);
        const killPause = placement.between(...KILL_PAUSE);
        const typing = new Clients();
        const writers = [author, coauthor].map((w) => typing.provider(url, textDoc, { cookie: w.cookie }));
        await waitFor(() => writers.every(synced), "writers synced");
        const timers = writers.map((w, i) => {
          let n = 0;
          const body = w.doc.getText("body");
          // At the start, so the text SQL keeps (its first 5000 characters) changes each trial.
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
        for (const w of writers) {
          for (const token of tokensIn(w.doc.getText("body").toString())) ledger.typedTokens.add(token);
        }
        typing.closeAll();
        // Every request has its outcome before the next server listens: none may reach it late.
        await load;
        await waitFor(() => !watching, "the reader to notice the crash");
        child = await restart();

        const f = noFindings();
        f.wrongAnswers.push(...state.problems);
        const round = await checkAfterRestart(cast, ledger, keepers, textIdea, f);
        checks += round.checked;
        inFlight += round.inFlight;
        happened += round.happened;
        expect(f, `seed ${SEED}, trial ${trial}`).toEqual(noFindings());
      }

      const a = ledger.acknowledged;
      console.log(
        `crash safety: seed ${SEED}, ${TRIALS} kills, ${ledger.total} acknowledged writes ` +
          `(${a.posts} posts, ${a.votes} votes, ${a.comments} comments, ${a.statuses} status changes, ` +
          `${a.text} co-written tokens seen by a second client), ${checks} checks of them after restarts, ` +
          `${inFlight} requests in flight at the kills (${happened} had happened), ` +
          `no loss, double, phantom, tally or integrity failure, ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
      // Every kind of write took part (a run of a few kills may miss one).
      if (TRIALS >= 10) for (const n of Object.values(a)) expect(n).toBeGreaterThan(0);
    },
    // Generous: a machine busy with other work may take many times as long.
    60_000 + TRIALS * 15_000,
  );
});
