import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { BOARD_FIRST_PAGE } from "@quer/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logLines, Person, personAs, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

const INDEX =
  '<!doctype html><html lang="de"><head><title>Quer</title>' +
  '<script type="module" crossorigin src="/assets/index-a.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

/** index.html as the server sends it, its `<html>` in the request's language (here German). */
const INDEX_SENT = INDEX.replace('<html lang="de">', '<html lang="de" dir="ltr">');

interface ClientOptions {
  manifest?: boolean;
  /** The source of `.server/render-board.js`, the board page's first view for the server. */
  renderer?: string;
}

/**
 * A first-view render that answers with the locale it was asked for and keeps what it was
 * given where the test can see it (the server runs in the test's process).
 */
const RECORDING_RENDERER = `
export function renderBoard(input) {
  globalThis.querBoardRenders = [...(globalThis.querBoardRenders ?? []), input];
  return { html: "<main><h1>Erste Ansicht</h1></main>", locale: input.locale ?? "de", dir: "ltr" };
}`;

/** A built client as Vite leaves it: index.html and the manifest naming the board page's chunks. */
function fakeClient(opts: ClientOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "quer-client-"));
  writeFileSync(join(dir, "index.html"), INDEX);
  if (opts.renderer !== undefined) {
    mkdirSync(join(dir, ".server"));
    writeFileSync(join(dir, ".server", "render-board.js"), opts.renderer);
  }
  if (opts.manifest !== false) {
    mkdirSync(join(dir, ".vite"));
    const manifest = {
      "index.html": { file: "assets/index-a.js", isEntry: true },
      "src/boards/BoardPage.tsx": { file: "assets/BoardPage-b.js", imports: ["index.html", "_parts.js"] },
      "_parts.js": { file: "assets/parts-c.js", css: ["assets/parts-c.css"] },
      "src/warm-intl.ts": { file: "assets/warm-intl-d.js", isEntry: true },
    };
    writeFileSync(join(dir, ".vite", "manifest.json"), JSON.stringify(manifest));
  }
  return dir;
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanups) f();
  cleanups = [];
});

function setup(opts: ClientOptions = {}, log = logLines()) {
  const clientDir = fakeClient(opts);
  const current = testApp({ clientDir, logLevel: "error" }, { seams: { logDestination: log.destination } });
  cleanups.push(
    () => current.dispose(),
    () => rmSync(clientDir, { recursive: true, force: true }),
  );
  return current;
}

/** The data block's JSON; null when the page has none. `[^<]*` also proves nothing in it opens a tag. */
function embedded(html: string): { me: unknown; board: { board: { title: string } } } | null {
  const m = /<script type="application\/json" id="quer-first">([^<]*)<\/script>/.exec(html);
  return m?.[1] ? JSON.parse(m[1]) : null;
}

async function pageOf(person: Person, boardId: string) {
  const res = await person.call("GET", `/boards/${boardId}`);
  return { html: String(res.json), headers: res.headers, status: res.status };
}

/** What the client would otherwise ask for, with the same session. */
async function apiAnswers(person: Person, boardId: string) {
  return {
    me: (await person.call("GET", "/api/me")).json,
    board: (await person.call("GET", `/api/boards/${boardId}?first=${BOARD_FIRST_PAGE}`)).json,
    office: (await person.call("GET", "/api/office")).json.office,
  };
}

describe("GET /boards/:id (the page)", () => {
  it("embeds exactly what /api/me and the board's first slice answer the person asking", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { moderation: "pre" });
    const maria = await signedInManager(services, Person.of(app));
    const anna = Person.of(app);
    await anna.register("Anna");
    const posted = await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" });
    await anna.call("PUT", `/api/ideas/${posted.json.idea.id}/vote`);
    await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Meine wartende Idee" });

    for (const person of [anna, maria, Person.of(app)]) {
      const page = await pageOf(person, board.id);
      expect(page.status).toBe(200);
      expect(embedded(page.html)).toEqual(await apiAnswers(person, board.id));
      expect(page.headers.get("cache-control")).toBe("private, no-store");
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    }
    // Her own pending idea and her vote are in her page, and in no one else's.
    const annas = JSON.stringify(embedded((await pageOf(anna, board.id)).html));
    expect(annas).toContain("Meine wartende Idee");
    expect(JSON.stringify(embedded((await pageOf(Person.of(app), board.id)).html))).not.toContain(
      "Meine wartende Idee",
    );
  });

  it("embeds the office as the manager last set it, for the header's first view", async () => {
    const { app, services } = setup();
    const board = seedBoard(services);
    const before = embedded((await pageOf(Person.of(app), board.id)).html) as { office?: unknown } | null;
    expect(before?.office).toEqual({ name: "Quartiersmanagement Leimen", locale: "de" });
    const maria = await signedInManager(services, Person.of(app));
    expect((await maria.call("PUT", "/api/office", { name: "QUER Büro" })).status).toBe(200);
    const after = embedded((await pageOf(Person.of(app), board.id)).html) as { office?: unknown } | null;
    expect(after?.office).toEqual({ name: "QUER Büro", locale: "de" });
  });

  it("preloads the board page's chunks and adds the date formatting head start", async () => {
    const { services, app } = setup();
    const board = seedBoard(services);
    const { html } = await pageOf(Person.of(app), board.id);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/BoardPage-b.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/parts-c.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/parts-c.css">');
    expect(html).not.toContain('href="/assets/index-a.js"');
    expect(html).toContain('<script async src="/assets/warm-intl-d.js"></script>');
  });

  it("gives the plain index.html for a private board to outsiders and for unknown boards", async () => {
    const { app, services } = setup();
    const closed = seedBoard(services, { title: "Geheimer Workshop", mode: "workshop" });
    const anna = Person.of(app);
    await anna.register("Anna");
    const guest = personAs(services, app, "guest", { guestBoardId: seedBoard(services).id }).person;
    const blocked = personAs(services, app, "blocked").person;
    for (const person of [Person.of(app), anna, guest, blocked]) {
      const page = await pageOf(person, closed.id);
      expect(page.status).toBe(200);
      expect(page.html).toBe(INDEX_SENT);
      expect(page.headers.get("cache-control")).toBe("no-cache");
    }
    expect((await pageOf(anna, "doesnotexist0000")).html).toBe(INDEX_SENT);
    const maria = await signedInManager(services, Person.of(app));
    expect(embedded((await pageOf(maria, closed.id)).html)?.board.board.title).toBe("Geheimer Workshop");
  });

  it("keeps a title with </script> inside the data block", async () => {
    const { app, services } = setup();
    const title = '</script><script>alert("quer")</script><!--';
    const board = seedBoard(services, { title });
    const { html } = await pageOf(Person.of(app), board.id);
    expect(html).not.toContain('<script>alert("quer")');
    expect(html).not.toContain("<!--");
    expect(embedded(html)?.board.board.title).toBe(title);
  });

  it("sends the page as Brotli to browsers that accept it", async () => {
    const { app, services } = setup();
    const board = seedBoard(services);
    const plain = await (await app.request(`/boards/${board.id}`)).text();
    const res = await app.request(`/boards/${board.id}`, { headers: { "accept-encoding": "gzip, br" } });
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
  });

  it("serves the plain index.html when the build has no manifest", async () => {
    const { app, services } = setup({ manifest: false });
    const board = seedBoard(services);
    const page = await pageOf(Person.of(app), board.id);
    const built = readFileSync(join(services.config.clientDir, "index.html"), "utf8");
    expect(page.html).toBe(built.replace('<html lang="de">', '<html lang="de" dir="ltr">'));
  });
});

/** What the recording renderer was given, oldest first. */
function renders(): {
  url: string;
  me: unknown;
  board: unknown;
  office: unknown;
  locale: string | undefined;
}[] {
  return (globalThis as { querBoardRenders?: [] }).querBoardRenders ?? [];
}

describe("GET /boards/:id (the first view)", () => {
  afterEach(() => {
    delete (globalThis as { querBoardRenders?: [] }).querBoardRenders;
    vi.restoreAllMocks();
  });

  it("puts the rendered view into #root, rendered from exactly the answers the page embeds", async () => {
    const { app, services } = setup({ renderer: RECORDING_RENDERER });
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna");
    const { html } = await pageOf(anna, board.id);
    expect(html).toContain('<div id="root" data-server-view><main><h1>Erste Ansicht</h1></main></div>');
    expect(html.startsWith('<!doctype html><html lang="de" dir="ltr"><head>')).toBe(true);
    const [input] = renders();
    expect(input?.url).toBe(`/boards/${board.id}`);
    expect({ me: input?.me, board: input?.board, office: input?.office }).toEqual(embedded(html));
    expect(input?.locale).toBe("de");
  });

  it("renders in the language of the locale cookie, which the page's <html> then names", async () => {
    const { app, services } = setup({ renderer: RECORDING_RENDERER });
    const board = seedBoard(services);
    const res = await app.request(`/boards/${board.id}`, { headers: { cookie: "quer_locale=en" } });
    expect(await res.text()).toContain('<html lang="en" dir="ltr">');
    expect(renders()[0]?.locale).toBe("en");
  });

  it("leaves list views other than the default to the app: the embedded slice is the most-voted", async () => {
    const { app, services } = setup({ renderer: RECORDING_RENDERER });
    const board = seedBoard(services);
    for (const query of ["?sort=newest", "?kind=problem", "?category=Verkehr"]) {
      const { html } = await pageOf(Person.of(app), `${board.id}${query}`);
      expect(html).not.toContain("data-server-view");
      expect(embedded(html)?.board.board.title).toBe(board.title);
    }
    expect(renders()).toEqual([]);
    // The default view is rendered by the same renderer, which had been loading meanwhile:
    // this also lets its load finish before the test's client folder is removed.
    expect((await pageOf(Person.of(app), board.id)).html).toContain("data-server-view");
    expect(renders()).toHaveLength(1);
  });

  it("serves the page without a view, and says why, when the render fails", async () => {
    const log = logLines();
    const { app, services } = setup(
      { renderer: 'export function renderBoard() { throw new Error("kaputt"); }' },
      log,
    );
    const board = seedBoard(services);
    const page = await pageOf(Person.of(app), board.id);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain("data-server-view");
    expect(embedded(page.html)?.board.board.title).toBe(board.title);
    // The error with its stack, so a failure shows why the render did not run; no board id.
    expect(log.lines).toEqual([expect.objectContaining({ msg: "first view of a board not rendered" })]);
    expect(JSON.stringify(log.lines[0])).toContain("kaputt");
    expect(JSON.stringify(log.lines)).not.toContain(board.id);
  });

  it("serves pages without a view when the bundle will not load, and reports it once", async () => {
    const log = logLines();
    const { app, services } = setup({ renderer: "export const renderBoard = (" }, log);
    const board = seedBoard(services);
    for (let i = 0; i < 2; i++) {
      const page = await pageOf(Person.of(app), board.id);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain("data-server-view");
    }
    expect(log.lines).toHaveLength(1);
    expect(String(log.lines[0]?.file)).toContain("render-board.js");
  });
});
