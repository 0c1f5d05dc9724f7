import { rmSync } from "node:fs";
import { users } from "@quer/db";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open.ts";
import { tempDataDir } from "../testing/harness.ts";
import { SESSION_LIMITS, SessionStore } from "./sessions.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store() {
  const dir = tempDataDir();
  dirs.push(dir);
  const { db } = openDatabase(dir);
  let now = 1_000_000;
  const sessions = new SessionStore(db, () => now);
  const add = (id: string, role: "resident" | "guest") =>
    db
      .insert(users)
      .values({ id, name: id, role, createdAt: now, guestBoardId: role === "guest" ? "w" : null })
      .run();
  return { sessions, add, advance: (ms: number) => (now += ms) };
}

describe("SessionStore", () => {
  it("validates a fresh token and refuses a changed secret", () => {
    const { sessions, add } = store();
    add("u1", "resident");
    const { token } = sessions.create("u1");
    expect(sessions.validate(token)?.user.id).toBe("u1");
    const [id, secret] = token.split(".");
    const flipped = `${id}.${secret?.slice(0, -1)}${secret?.endsWith("a") ? "b" : "a"}`;
    expect(sessions.validate(flipped)).toBeNull();
  });

  it("expires after the idle time, and slides while in use", () => {
    const { sessions, add, advance } = store();
    add("u1", "resident");
    const { token } = sessions.create("u1");
    advance(SESSION_LIMITS.account.idleMs - 60_000);
    const used = sessions.validate(token);
    expect(used?.refreshed).toBe(true);
    advance(SESSION_LIMITS.account.idleMs - 60_000);
    expect(sessions.validate(token)).not.toBeNull();
    advance(SESSION_LIMITS.account.idleMs + 1);
    expect(sessions.validate(token)).toBeNull();
  });

  it("ends at the absolute limit however busy", () => {
    const { sessions, add, advance } = store();
    add("u1", "resident");
    const { token } = sessions.create("u1");
    for (let t = 0; t < SESSION_LIMITS.account.absoluteMs; t += 86_400_000) {
      expect(sessions.validate(token)).not.toBeNull();
      advance(86_400_000);
    }
    expect(sessions.validate(token)).toBeNull();
  });

  it("gives guests a short session", () => {
    const { sessions, add, advance } = store();
    add("g1", "guest");
    const { token } = sessions.create("g1");
    advance(SESSION_LIMITS.guest.idleMs + 1);
    expect(sessions.validate(token)).toBeNull();
  });

  it("ends every session of a person at once", () => {
    const { sessions, add } = store();
    add("u1", "resident");
    const a = sessions.create("u1");
    const b = sessions.create("u1");
    expect(sessions.invalidateAllOf("u1").sort()).toEqual([a.id, b.id].sort());
    expect(sessions.validate(a.token)).toBeNull();
    expect(sessions.validate(b.token)).toBeNull();
  });
});
