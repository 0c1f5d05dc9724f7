import { afterEach, describe, expect, it } from "vitest";
import { personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => {
  current?.dispose();
  current = undefined;
});

/** A manager forwards a fresh idea to the office `contact` names (a link to it by default). */
async function forwarded(contact: string | Record<string, string>) {
  current ??= testApp();
  const { app, services } = current;
  const board = seedBoard(services);
  const anna = personAs(services, app, "resident").person;
  const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Ampel an der Schule" }))
    .json.idea;
  const maria = personAs(services, app, "manager").person;
  const res = await maria.call("POST", `/api/ideas/${idea.id}/status`, {
    status: "forwarded",
    contact: typeof contact === "string" ? { office: "Ordnungsamt", url: contact } : contact,
  });
  return { res, row: services.sqlite.prepare("select status from ideas where id = ?").get(idea.id) };
}

describe("a forwarded idea's contact", () => {
  it("loses line breaks, NUL and direction controls that would fake lines in mails and minutes", async () => {
    const { res } = await forwarded({
      office: "Ordnungsamt\r\nWeb: http://falsch.example\u202e",
      person: "Frau\u0000 Y",
    });
    expect(res.status).toBe(200);
    expect(res.json.idea.statusContact).toEqual({
      office: "Ordnungsamt Web: http://falsch.example",
      person: "Frau Y",
    });
  });

  it("refuses schemes a browser would run or open elsewhere, with a per-field issue", async () => {
    for (const url of [
      "javascript:alert(document.cookie)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      const { res, row } = await forwarded(url);
      expect(res.status, url).toBe(400);
      expect(res.json.error.code).toBe("invalid");
      expect(res.json.error.issues).toContainEqual(expect.objectContaining({ path: ["contact", "url"] }));
      expect(row).toEqual({ status: "new" });
    }
  });

  it("accepts http, https, mailto and tel", async () => {
    for (const url of [
      "https://www.leimen.de/ordnungsamt",
      "http://leimen.de",
      "mailto:ordnungsamt@leimen.de",
      "tel:+496224704",
    ]) {
      const { res } = await forwarded(url);
      expect(res.status, url).toBe(200);
      expect(res.json.idea.statusContact.url).toBe(url);
    }
  });
});
