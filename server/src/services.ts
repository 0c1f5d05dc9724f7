import { users } from "@quer/db";
import { type Actor, DESK_DOC } from "@quer/shared";
import { eq } from "drizzle-orm";
import type { DestinationStream } from "pino";
import { Erasures } from "./account/erasures.ts";
import { LoginLimits } from "./auth/login-limits.ts";
import { ResetLimits } from "./auth/reset-limits.ts";
import { ResetMails } from "./auth/reset-mail.ts";
import { actorOf, SessionStore } from "./auth/sessions.ts";
import { boardDocHooks } from "./boards/projection.ts";
import { Commands } from "./commands.ts";
import type { Config } from "./config.ts";
import { Background } from "./db/background.ts";
import { Checkpoints } from "./db/checkpoints.ts";
import { type Db, openDatabase, type Sqlite } from "./db/open.ts";
import { WalSync } from "./db/wal-sync.ts";
import { clientAddressOfRequest } from "./http/client-address.ts";
import { RateLimiter } from "./http/rate-limit.ts";
import { ideaDocHooks } from "./ideas/idea-doc.ts";
import { IdeaTextProjector } from "./ideas/idea-text.ts";
import { IdeaTextHistory } from "./ideas/text-history.ts";
import { DeskWatch, deskDocHooks } from "./moderation/desk-doc.ts";
import { queueDigests, scheduleDigests } from "./notifications/digest.ts";
import { inboxDocHooks } from "./notifications/inbox.ts";
import { Mailer } from "./notifications/mailer.ts";
import { createLog, type Log } from "./ops/log.ts";
import { Metrics } from "./ops/metrics.ts";
import { SyncObserver } from "./ops/sync-log.ts";
import { projectDocHooks } from "./projects/project-doc.ts";
import { resolveDocAccess } from "./sync/access.ts";
import { AccessWatch } from "./sync/access-changes.ts";
import { DocStore } from "./sync/doc-store.ts";
import { DocRegistry } from "./sync/registry.ts";
import { SyncServer } from "./sync/sync-server.ts";
import { JoinLimits } from "./workshops/join-limits.ts";

/**
 * Documents stored at this size or more are compacted from a state merged on the
 * background thread; smaller ones encode in well under a millisecond on the loop.
 */
const MERGE_ELSEWHERE_FROM = 128 * 1024;

/** Everything a request handler may use; built once per server (and once per test). */
export interface Services {
  config: Config;
  sqlite: Sqlite;
  db: Db;
  dbFile: string;
  /** Syncs busy paths' commits off the event loop; answers wait for it. */
  wal: WalSync;
  /** The thread for checkpoints and big documents' compaction (decision 0010). */
  background: Background;
  checkpoints: Checkpoints;
  /** What follows a deleted account: compaction and emptying the WAL (decision 0016). */
  erasures: Erasures;
  sessions: SessionStore;
  commands: Commands;
  registry: DocRegistry;
  /** Versions of ideas' co-written text. */
  ideaHistory: IdeaTextHistory;
  sync: SyncServer;
  /** Brings every committed change of a permission to the open sockets (decision 0012). */
  access: AccessWatch;
  limits: {
    /** Password checks per address and per account-and-address pair; per account only slower. */
    login: LoginLimits;
    /** New accounts per client address. */
    registerPerAddress: RateLimiter;
    /** Wrong workshop codes per client address; right ones are never refused, only slowed. */
    join: JoinLimits;
    /** Writing commands per person: ideas, comments, reports, votes. */
    writesPerPerson: RateLimiter;
    /** Searches for people by name per person (the co-author picker). */
    searchesPerPerson: RateLimiter;
    /** Reset mails, wrong reset links and wrong current passwords (decision 0030). */
    reset: ResetLimits;
    /** Accessibility feedback per client address (decision 0039). */
    feedbackPerAddress: RateLimiter;
    /** Accessibility feedback per signed-in person (decision 0039). */
    feedbackPerPerson: RateLimiter;
  };
  mailer: Mailer;
  /** Password reset mails, sent after their request has been answered. */
  resetMails: ResetMails;
  /** JSON lines: requests, sync sockets, commands, errors (decision 0024). */
  log: Log;
  /** This server's metrics, served at `/metrics`. */
  metrics: Metrics;
  /** The person behind a user id as they are now (role and block may have changed). */
  actorById(userId: string | null): Actor;
  /**
   * Ends everything and closes the database as its last connection: SQLite then copies
   * the WAL into the database file and removes the `-wal` and `-shm` files. Never rejects.
   */
  close(): Promise<void>;
}

/** What tests put in place of the real parts. */
export interface ServiceSeams {
  /** The background thread's module (`db/worker.ts`). */
  backgroundEntry?: URL;
  /** Where log lines go instead of standard output (tests read them). */
  logDestination?: DestinationStream;
}

export function createServices(config: Config, seams: ServiceSeams = {}): Services {
  const log = createLog(config.logLevel, seams.logDestination);
  const { sqlite, db, file } = openDatabase(config.dataDir);
  const wal = new WalSync(sqlite, `${file}-wal`);
  const background = new Background(file, seams.backgroundEntry);
  const checkpoints = new Checkpoints(sqlite, background);
  const sessions = new SessionStore(db);
  // The projector needs commands, commands need the registry, the registry needs hooks.
  let ideaText: IdeaTextProjector | undefined;
  let ideaHistory: IdeaTextHistory | undefined;
  const registry = new DocRegistry(
    sqlite,
    new DocStore(sqlite),
    {
      board: boardDocHooks(db),
      idea: ideaDocHooks(
        db,
        {
          changed: (id) => ideaText?.changed(id),
          flushPending: (id) => ideaText?.flushPending(id),
        },
        {
          changed: (id, writerId) => ideaHistory?.changed(id, writerId),
          flushPending: (id) => ideaHistory?.flushPending(id),
          beforeServerWrite: (cxDb, id, doc) => ideaHistory?.beforeServerWrite(cxDb, id, doc),
          loaded: (cxDb, id, doc, seededBy) => ideaHistory?.loaded(cxDb, id, doc, seededBy),
        },
      ),
      project: projectDocHooks(db),
      inbox: inboxDocHooks(db),
      desk: deskDocHooks(db),
    },
    {
      idleMs: config.docIdleMs,
      compactAfterUpdates: 500,
      compactAfterBytes: 1 << 20,
      maxDocBytes: config.docMaxBytes,
      durable: () => (wal.pending ? wal.durable() : null),
      commit: (write) => wal.commitLazily(write),
      mergeElsewhere: (name, upTo) => background.merge(name, upTo),
      mergeElsewhereFrom: MERGE_ELSEWHERE_FROM,
    },
  );
  const commands = new Commands(sqlite, db, registry, wal);
  const updateRows = sqlite.prepare<[], { n: number }>("select count(*) as n from doc_updates");
  const metrics = new Metrics({
    docsLoaded: () => registry.size,
    docUpdateRows: () => updateRows.get()?.n ?? 0,
    dbFile: file,
  });
  wal.onSync = (seconds) => metrics.walSync.observe(seconds);
  commands.onCommit = (seconds) => metrics.dbCommit.observe(seconds);
  const erasures = new Erasures(registry, checkpoints, log);
  ideaText = new IdeaTextProjector(commands, (name) => registry.peek(name)?.doc ?? null, 300, log);
  ideaHistory = new IdeaTextHistory(
    commands,
    (name) => registry.peek(name)?.doc ?? null,
    config.historyQuietMs,
    () => registry.durable(),
    log,
  );
  const actorById = (userId: string | null): Actor => {
    if (!userId) return { kind: "anonymous" };
    const row = db.select().from(users).where(eq(users.id, userId)).get();
    return row ? actorOf({ ...row, blocked: row.blockedAt !== null }) : { kind: "anonymous" };
  };
  const mailer = new Mailer(db, config.smtpUrl, config.mailFrom, () => wal.durable());
  const resetMails = new ResetMails(db, mailer, config, log);
  const digestTimer = scheduleDigests(() => {
    if (queueDigests(sqlite, db, config.publicUrl) > 0) void mailer.kick();
  }, config.digestHour);
  const sync = new SyncServer(
    config,
    sessions,
    registry,
    (actor, ref) => resolveDocAccess(db, actor, ref),
    actorById,
    (req) => clientAddressOfRequest(req, config),
    new SyncObserver(log, metrics),
  );
  const access = new AccessWatch(sqlite, (changes) => sync.applyAccessChanges(changes), log);
  const desk = new DeskWatch(sqlite, commands, () => registry.isLoaded(DESK_DOC), log);
  return {
    config,
    sqlite,
    db,
    dbFile: file,
    wal,
    background,
    checkpoints,
    erasures,
    sessions,
    commands,
    registry,
    ideaHistory,
    sync,
    access,
    limits: {
      login: new LoginLimits(),
      registerPerAddress: new RateLimiter(10, 60 * 60_000),
      join: new JoinLimits(),
      // Generous for a busy workshop evening, tight enough that a script cannot flood a board.
      writesPerPerson: new RateLimiter(config.writesPerMinute, 60_000),
      // A picker searches as one types: plenty for that, too few to list everyone.
      searchesPerPerson: new RateLimiter(60, 60_000),
      reset: new ResetLimits(),
      // A person with a lot to report writes several messages, a script hundreds; a
      // library's or a care home's computers share one address.
      feedbackPerAddress: new RateLimiter(20, 60 * 60_000),
      feedbackPerPerson: new RateLimiter(5, 60 * 60_000),
    },
    actorById,
    mailer,
    resetMails,
    log,
    metrics,
    async close() {
      clearInterval(digestTimer);
      // A link on its way is sent before the database closes, unless the mail server hangs.
      await Promise.race([resetMails.idle(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      mailer.close();
      access.stop();
      desk.stop();
      sync.close();
      checkpoints.stop();
      const thread = background.close();
      registry.closeAll(1001, "server shutting down");
      // The thread's own connection, if a job had one open, must be gone before ours
      // closes: only the last connection checkpoints and removes the WAL.
      await thread.catch(() => undefined);
      wal.close();
      try {
        // Everything into the database file and the WAL emptied, even if another process
        // (a backup) still has the database open and ours is not the last connection.
        sqlite.pragma("wal_checkpoint(TRUNCATE)");
      } catch {
        // Busy: the last connection to close does it instead.
      }
      sqlite.close();
    },
  };
}
