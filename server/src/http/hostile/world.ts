import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { users } from "@quer/db";
import { eq } from "drizzle-orm";
import { createApp } from "../../app.ts";
import { cookieName } from "../../auth/cookie.ts";
import { issueResetToken } from "../../auth/resets.ts";
import { DB_FILE } from "../../db/open.ts";
import { logoHash, writeOffice } from "../../office/settings.ts";
import { createServices, type Services } from "../../services.ts";
import {
  Person,
  personAs,
  relaxSignupLimit,
  seedBoard,
  TEST_ORIGIN,
  testConfig,
} from "../../testing/harness.ts";

/** The people every probe is made as, in the order of the permission table's columns. */
export const ROLES = [
  "anonymous",
  "resident",
  "otherResident",
  "blocked",
  "guest",
  "otherGuest",
  "manager",
] as const;
export type Role = (typeof ROLES)[number];

/** The resident's sign-in, for probes of the login route. */
export const RESIDENT_LOGIN = { email: "anna@example.org", password: "ein-gutes-passwort" };

/**
 * What the probes point at, by name. Ideas on the public board are Anna's (the resident)
 * unless named otherwise, so "own" and "another's" depend on who asks.
 */
export interface Fixtures {
  /** Open, public, post-moderated, up-votes. */
  publicBoard: string;
  /** Open, public, pre-moderated: Anna's post there waits for approval. */
  preBoard: string;
  /** Private workshop with a running session, in the vote phase with posting open; the guest's. */
  workshop: string;
  /**
   * Another private workshop, the other guest's, whose session has ended: the other
   * guest is both a stranger to `workshop` and a guest whose own evening is over.
   */
  otherWorkshop: string;
  workshopCode: string;
  ownIdea: string;
  /** The first kept version of ownIdea's text. */
  ownIdeaVersion: string;
  othersIdea: string;
  pendingIdea: string;
  hiddenIdea: string;
  /** Merged into othersIdea. */
  mergedIdea: string;
  /** The guest's idea on the workshop board. */
  workshopIdea: string;
  /** The other guest's idea, posted before their workshop ended. */
  otherWorkshopIdea: string;
  /** Promoted to `project`; Anna is on its team. */
  project: string;
  /** Ben's comment on ownIdea. */
  comment: string;
  /** Ben's report of ownIdea, open. */
  reportTarget: string;
  /** Anna's one-click unsubscribe secret. */
  unsubscribeToken: string;
  /** The address part of the office's logo. */
  logoHash: string;
  /** A reset link mailed to Ben, unused. */
  resetToken: string;
  year: string;
  resident: string;
  otherResident: string;
  blocked: string;
  guest: string;
  otherGuest: string;
  manager: string;
}

const INDEX =
  '<!doctype html><html lang="de"><head><title>Quer</title></head><body><div id="root"></div></body></html>';

/** A built client as small as the page routes need: index.html and Vite's manifest. */
function fakeClient(dir: string): void {
  mkdirSync(join(dir, ".vite"), { recursive: true });
  writeFileSync(join(dir, "index.html"), INDEX);
  const manifest = {
    "index.html": { file: "assets/index-a.js", isEntry: true },
    "src/boards/BoardPage.tsx": { file: "assets/BoardPage-b.js", imports: ["index.html"] },
  };
  writeFileSync(join(dir, ".vite", "manifest.json"), JSON.stringify(manifest));
}

export interface World {
  app: ReturnType<typeof createApp>;
  services: Services;
  ids: Fixtures;
  /** The session cookie of each role ("" for anonymous). */
  cookies: Record<Role, string>;
  /** The same people, signed in and speaking to this world's app. */
  person(role: Role): Person;
  dispose(): void;
}

/** Everything a fork needs to open the same state again. */
export interface Template {
  dir: string;
  ids: Fixtures;
  cookies: Record<Role, string>;
  dispose(): void;
}

function open(dir: string, clientDir: string): Pick<World, "app" | "services"> {
  const services = createServices(testConfig(dir, { clientDir }));
  relaxSignupLimit(services);
  return { services, app: createApp(services) };
}

function asWorld(
  parts: Pick<World, "app" | "services">,
  ids: Fixtures,
  cookies: Record<Role, string>,
  cleanup: () => void,
): World {
  return {
    ...parts,
    ids,
    cookies,
    person(role) {
      const p = Person.of(parts.app);
      p.cookie = cookies[role];
      return p;
    },
    dispose() {
      parts.services.close();
      cleanup();
    },
  };
}

async function ok<T>(label: string, answer: Promise<{ status: number; json: T }>): Promise<T> {
  const res = await answer;
  if (res.status >= 300) throw new Error(`seeding ${label}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/**
 * Builds the fixtures through the API where a person would (so they are what the app
 * makes), once; `fork` then opens copies of the database, one per probe that changes it.
 */
export async function buildTemplate(): Promise<Template> {
  const root = mkdtempSync(join(tmpdir(), "quer-hostile-"));
  const seedDir = join(root, "seed");
  const templateDir = join(root, "template");
  const clientDir = join(root, "client");
  mkdirSync(templateDir, { recursive: true });
  fakeClient(clientDir);
  const { app, services } = open(seedDir, clientDir);
  try {
    const cookieOf = (p: Person) => p.cookie;
    const manager = personAs(services, app, "manager", { name: "Maria" });
    const maria = manager.person;
    const anna = Person.of(app);
    const annaUser = await anna.register("Anna", RESIDENT_LOGIN.email);
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const carl = personAs(services, app, "blocked", { name: "Carl" });

    const publicBoard = seedBoard(services, { title: "Ideen für unser Viertel", categories: ["Verkehr"] }).id;
    const preBoard = seedBoard(services, { title: "Vorab geprüft", moderation: "pre" }).id;
    const workshop = seedBoard(services, { title: "Bürgerabend", mode: "workshop" }).id;
    const otherWorkshop = seedBoard(services, { title: "Anderer Abend", mode: "workshop" }).id;
    const started = await ok("session", maria.call("POST", `/api/boards/${workshop}/session`));
    await ok("other session", maria.call("POST", `/api/boards/${otherWorkshop}/session`));
    const otherCode = (await maria.call("GET", `/api/boards/${otherWorkshop}/session`)).json.code as string;

    const guest = Person.of(app);
    await ok("join", guest.call("POST", "/api/join", { code: started.code, name: "Leyla" }));
    const otherGuest = Person.of(app);
    await ok("join other", otherGuest.call("POST", "/api/join", { code: otherCode, name: "Omar" }));
    const workshopIdea = (
      await ok("workshop idea", guest.call("POST", `/api/boards/${workshop}/ideas`, { title: "Mehr Grün" }))
    ).idea.id as string;
    const otherWorkshopIdea = (
      await ok(
        "other workshop idea",
        otherGuest.call("POST", `/api/boards/${otherWorkshop}/ideas`, { title: "Ein Fest" }),
      )
    ).idea.id as string;
    await ok("other end", maria.call("DELETE", `/api/boards/${otherWorkshop}/session`));
    await ok("phase", maria.call("POST", `/api/boards/${workshop}/phase`, { phase: "vote" }));
    await ok("posting", maria.call("PATCH", `/api/boards/${workshop}/workshop`, { postingOpen: true }));

    const post = async (who: Person, board: string, title: string) =>
      (await ok(title, who.call("POST", `/api/boards/${board}/ideas`, { title }))).idea.id as string;
    const ownIdea = await post(anna, publicBoard, "Mehr Bänke am Platz");
    const ownIdeaVersion = (await ok("history", anna.call("GET", `/api/ideas/${ownIdea}/history`)))
      .versions[0].id as string;
    const othersIdea = await post(ben.person, publicBoard, "Ein Trinkbrunnen");
    const pendingIdea = await post(anna, preBoard, "Noch nicht geprüft");
    const hiddenIdea = await post(anna, publicBoard, "Verborgen");
    const mergedIdea = await post(anna, publicBoard, "Noch ein Brunnen");
    const promoted = await post(anna, publicBoard, "Ein Hoffest");
    await ok("hide", maria.call("POST", `/api/ideas/${hiddenIdea}/hide`, { reason: "Beleidigend" }));
    await ok("merge", maria.call("POST", `/api/ideas/${mergedIdea}/merge`, { into: othersIdea }));
    const project = (await ok("promote", maria.call("POST", `/api/ideas/${promoted}/promote`))).project
      .id as string;
    const comment = (
      await ok("comment", ben.person.call("POST", `/api/ideas/${ownIdea}/comments`, { body: "Gute Idee" }))
    ).comment.id as string;
    await ok("report", ben.person.call("POST", `/api/ideas/${ownIdea}/report`, { reason: "Doppelt" }));
    await ok("notices", anna.call("PUT", "/api/me/notices", { emailNotices: "daily" }));
    const token = services.db.select().from(users).where(eq(users.id, annaUser.id)).get()?.unsubscribeToken;
    if (!token) throw new Error("seeding: no unsubscribe token");

    const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    writeOffice(services.db, manager.id, {
      logo,
      logoType: "image/png",
      logoHash: logoHash(logo),
      logoAlt: "Logo des Büros",
    });
    const guestId = (await guest.call("GET", "/api/me")).json.user.id as string;
    const otherGuestId = (await otherGuest.call("GET", "/api/me")).json.user.id as string;
    const ids: Fixtures = {
      publicBoard,
      preBoard,
      workshop,
      otherWorkshop,
      workshopCode: started.code,
      ownIdea,
      ownIdeaVersion,
      othersIdea,
      pendingIdea,
      hiddenIdea,
      mergedIdea,
      workshopIdea,
      otherWorkshopIdea,
      project,
      comment,
      reportTarget: `idea:${ownIdea}`,
      unsubscribeToken: token,
      logoHash: logoHash(logo),
      resetToken: issueResetToken(services.db, ben.id, Date.now()),
      year: String(new Date().getFullYear()),
      resident: annaUser.id,
      otherResident: ben.id,
      blocked: carl.id,
      guest: guestId,
      otherGuest: otherGuestId,
      manager: manager.id,
    };
    const cookies: Record<Role, string> = {
      anonymous: "",
      resident: cookieOf(anna),
      otherResident: cookieOf(ben.person),
      blocked: cookieOf(carl.person),
      guest: cookieOf(guest),
      otherGuest: cookieOf(otherGuest),
      manager: cookieOf(maria),
    };
    for (const [role, cookie] of Object.entries(cookies)) {
      if (role !== "anonymous" && !cookie.startsWith(`${cookieName(services.config)}=`)) {
        throw new Error(`seeding: ${role} has no session`);
      }
    }
    if (services.wal.pending) await services.wal.durable();
    // One consistent file, whatever is still in the write-ahead log.
    services.sqlite.prepare("vacuum into ?").run(join(templateDir, DB_FILE));
    return {
      dir: root,
      ids,
      cookies,
      dispose: () => rmSync(root, { recursive: true, force: true }),
    };
  } finally {
    services.close();
  }
}

let forks = 0;

/** A data folder of its own holding a copy of the template's database, and the client's folder. */
export function forkDir(template: Template): { dataDir: string; clientDir: string } {
  const dataDir = join(template.dir, `fork-${++forks}`);
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(join(template.dir, "template", DB_FILE), join(dataDir, DB_FILE));
  return { dataDir, clientDir: join(template.dir, "client") };
}

/** A world of its own on a copy of the template's database. */
export function fork(template: Template): World {
  const { dataDir, clientDir } = forkDir(template);
  return asWorld(open(dataDir, clientDir), template.ids, template.cookies, () =>
    rmSync(dataDir, { recursive: true, force: true }),
  );
}

/** The origin every cookie-authenticated mutation must come from in these worlds. */
export const ORIGIN = TEST_ORIGIN;
