import { readdirSync, readlinkSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { logLines, seedBoard, tempDataDir, testServer } from "./testing/harness.ts";
import { welcomeEn } from "./welcome/messages.en.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

describe("startServer", () => {
  it("creates one welcome board on an empty data folder, and only once", async () => {
    const dir = tempDataDir();
    const first = await testServer({}, dir);
    const boards = async (url: string) => (await (await fetch(`${url}/api/boards`)).json()).boards;
    const before = await boards(first.url);
    expect(before).toHaveLength(1);
    expect(before[0].visibility).toBe("public");
    await first.close();
    const second = await testServer({}, dir);
    cleanups.push(() => second.dispose());
    expect((await boards(second.url)).map((b: { id: string }) => b.id)).toEqual([before[0].id]);
  });

  it("writes the welcome board in the office's language set by QUER_LOCALE, once, at the first start", async () => {
    const dir = tempDataDir();
    const first = await testServer({ locale: loadConfig({ QUER_LOCALE: "en" }).locale }, dir);
    const boards = async (url: string) => (await (await fetch(`${url}/api/boards`)).json()).boards;
    const [welcome] = await boards(first.url);
    const { board } = await (await fetch(`${first.url}/api/boards/${welcome.id}`)).json();
    expect(board.title).toBe(welcomeEn.title);
    expect(board.description).toBe(welcomeEn.description);
    expect(board.categories).toEqual(welcomeEn.categories);
    expect((await (await fetch(`${first.url}/api/office`)).json()).office.locale).toBe("en");
    await first.close();
    // Started again with another language: the office keeps the one it has (the manager
    // changes it in the app), and the board keeps its words.
    const second = await testServer({ locale: "tr" }, dir);
    cleanups.push(() => second.dispose());
    expect((await (await fetch(`${second.url}/api/office`)).json()).office.locale).toBe("en");
    expect((await boards(second.url)).map((b: { title: string }) => b.title)).toEqual([welcomeEn.title]);
  });

  it("writes the welcome board in German without QUER_LOCALE", async () => {
    const server = await testServer({ locale: loadConfig({}).locale });
    cleanups.push(() => server.dispose());
    const [welcome] = (await (await fetch(`${server.url}/api/boards`)).json()).boards;
    expect(welcome.title).toBe("Ideen für unser Viertel");
    expect((await (await fetch(`${server.url}/api/office`)).json()).office.locale).toBe("de");
  });

  it("says on the first start to create the manager's account before the address is shared", async () => {
    const dir = tempDataDir();
    const firstLog = logLines();
    const first = await testServer({ logLevel: "warn" }, dir, { logDestination: firstLog.destination });
    await first.close();
    const printed = firstLog.lines.map((l) => String(l.msg)).join("\n");
    // The command as it must be run for this server: its data folder and address in front.
    expect(printed).toContain(`DATA_DIR=${dir} PUBLIC_URL=${first.url} pnpm quer create-manager --email E`);
    expect(printed).toContain(`bevor du ${first.url} weitergibst`);
    expect(printed).toMatch(/zuerst registrieren/);
    const secondLog = logLines();
    const second = await testServer({ logLevel: "warn" }, dir, { logDestination: secondLog.destination });
    cleanups.push(() => second.dispose());
    expect(JSON.stringify(secondLog.lines)).not.toContain("create-manager");
  });

  it("answers health and binds to HOST only", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect(server.address).toBe("127.0.0.1");
  });

  it("serves pages with a same-origin content security policy", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const res = await fetch(`${server.url}/boards/anything`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("a port in use", () => {
  it("fails the start with the system's error instead of ending the process", async () => {
    const first = await testServer();
    cleanups.push(() => first.dispose());
    const dir = tempDataDir();
    await expect(testServer({ port: first.port, publicUrl: first.url }, dir)).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
    // The database it had opened is closed again: no file of its folder stays open.
    const open = readdirSync("/proc/self/fd").flatMap((fd) => {
      try {
        return [readlinkSync(`/proc/self/fd/${fd}`)];
      } catch {
        return [];
      }
    });
    expect(open.filter((file) => file.startsWith(dir))).toEqual([]);
  });
});

describe("loadConfig", () => {
  it("reads the contract's variables with their defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      publicUrl: "http://localhost:3000",
      secure: false,
    });
    expect(config.dataDir.endsWith("/data")).toBe(true);
    const custom = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      PUBLIC_URL: "https://quer.example.org/",
      DATA_DIR: "/srv/q",
    });
    expect(custom).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      publicUrl: "https://quer.example.org",
      secure: true,
      dataDir: "/srv/q",
    });
  });

  it("refuses nonsense with a clear message", () => {
    expect(() => loadConfig({ PORT: "abc" })).toThrow(/PORT/);
    expect(() => loadConfig({ PUBLIC_URL: "quer.example.org" })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ QUER_LOCALE: "fr" })).toThrow(
      'QUER_LOCALE must be one of de, de-x-ls, en, tr, ar, uk, ru, not "fr".',
    );
  });

  it("takes QUER_LOCALE as one of the seven languages", () => {
    expect(loadConfig({ QUER_LOCALE: "de-x-ls" }).locale).toBe("de-x-ls");
    expect(loadConfig({ QUER_LOCALE: " ar " }).locale).toBe("ar");
    expect(loadConfig({}).locale).toBeNull();
  });
});

describe("compression", () => {
  it("gzips a big read for clients that accept it, and sends a small one as it is", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const list = () => fetch(`${server.url}/api/boards`, { headers: { "accept-encoding": "gzip" } });
    const small = await list();
    expect(small.headers.get("content-encoding")).toBeNull();
    expect((await small.json()).boards).toHaveLength(1);
    for (let i = 0; i < 8; i++) {
      seedBoard(server.services, {
        title: `Thema ${i}`,
        description: "Was wir im Viertel anders machen wollen. ".repeat(4),
      });
    }
    const big = await list();
    expect(big.headers.get("content-encoding")).toBe("gzip");
    expect((await big.json()).boards).toHaveLength(9);
  });

  it("sends a command's small answer as it is", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const raw = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "accept-encoding": "gzip", "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ email: "niemand@example.org", password: "falsch-falsch" }),
    });
    expect(raw.status).toBe(401);
    expect(raw.headers.get("content-encoding")).toBeNull();
    expect((await raw.json()).error).toBeDefined();
  });
});
