import { LOGO_MAX_BYTES } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, TEST_ORIGIN, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

/** A PNG's signature and a header chunk's start: enough for the check of the first bytes. */
const png = (fill = 0) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, fill]);

function upload(
  app: ReturnType<typeof testApp>["app"],
  person: Person,
  body: Uint8Array | ReadableStream<Uint8Array>,
  type = "image/png",
) {
  return app.request("/api/office/logo", {
    method: "PUT",
    headers: { origin: TEST_ORIGIN, cookie: person.cookie, "content-type": type },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

const auditRows = (services: ReturnType<typeof testApp>["services"]) =>
  services.sqlite
    .prepare("select action, target, before, after from audit_log where target = 'office' order by id")
    .all() as { action: string; before: string | null; after: string | null }[];

describe("GET /api/office", () => {
  it("gives anyone the office's default name and no logo until the manager sets them", async () => {
    current = testApp();
    const res = await Person.of(current.app).call("GET", "/api/office");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ office: { name: "Quartiersmanagement Leimen", locale: "de" } });
  });
});

describe("PUT /api/office", () => {
  it("lets the manager set the name, trimmed to one line, and writes the audit log", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const res = await manager.call("PUT", "/api/office", { name: "  QUER\nQuartiersbüro  " });
    expect(res.status).toBe(200);
    expect(res.json.office).toEqual({ name: "QUER Quartiersbüro", locale: "de" });
    expect((await Person.of(app).call("GET", "/api/office")).json.office.name).toBe("QUER Quartiersbüro");
    const [entry] = auditRows(services);
    expect(entry?.action).toBe("office.update");
    expect(JSON.parse(entry?.after ?? "{}")).toMatchObject({ name: "QUER Quartiersbüro" });
  });

  it("refuses anonymous people (401), residents (403) and bad names (400)", async () => {
    current = testApp();
    const { app, services } = current;
    expect((await Person.of(app).call("PUT", "/api/office", { name: "X" })).status).toBe(401);
    const resident = personAs(services, app, "resident").person;
    const refused = await resident.call("PUT", "/api/office", { name: "Meins" });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    const manager = personAs(services, app, "manager").person;
    expect((await manager.call("PUT", "/api/office", { name: "   " })).status).toBe(400);
    expect((await manager.call("PUT", "/api/office", { name: "x".repeat(81) })).status).toBe(400);
    expect((await Person.of(app).call("GET", "/api/office")).json.office.name).toBe(
      "Quartiersmanagement Leimen",
    );
  });

  it("lets the manager set the office's language, keeps the name, and writes the audit log", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    await manager.call("PUT", "/api/office", { name: "QUER" });
    const res = await manager.call("PUT", "/api/office", { locale: "tr" });
    expect(res.status).toBe(200);
    expect(res.json.office).toEqual({ name: "QUER", locale: "tr" });
    expect((await Person.of(app).call("GET", "/api/office")).json.office.locale).toBe("tr");
    expect(services.sqlite.prepare("select locale from office_settings").get()).toEqual({ locale: "tr" });
    const entry = auditRows(services).at(-1);
    expect(entry?.action).toBe("office.update");
    expect(JSON.parse(entry?.before ?? "{}")).toMatchObject({ locale: "de" });
    expect(JSON.parse(entry?.after ?? "{}")).toMatchObject({ name: "QUER", locale: "tr" });
    // A later change of the name alone leaves the language.
    await manager.call("PUT", "/api/office", { name: "QUER 2" });
    expect((await Person.of(app).call("GET", "/api/office")).json.office).toEqual({
      name: "QUER 2",
      locale: "tr",
    });
  });

  it("refuses a language Quer does not speak, and residents changing it", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    for (const locale of ["fr", "DE", "de-DE", "", 7]) {
      const res = await manager.call("PUT", "/api/office", { locale });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("invalid");
    }
    const resident = personAs(services, app, "resident").person;
    expect((await resident.call("PUT", "/api/office", { locale: "en" })).status).toBe(403);
    expect((await Person.of(app).call("GET", "/api/office")).json.office.locale).toBe("de");
  });

  it("needs a description of the logo once there is one", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    expect((await upload(app, manager, png())).status).toBe(200);
    const refused = await manager.call("PUT", "/api/office", { name: "QUER", logoAlt: " " });
    expect(refused.status).toBe(400);
    const res = await manager.call("PUT", "/api/office", { name: "QUER", logoAlt: "Logo: ein Q im Kreis" });
    expect(res.json.office.logo.alt).toBe("Logo: ein Q im Kreis");
  });
});

describe("PUT /api/office/logo", () => {
  it("stores a PNG and serves it at its hash with its type, nosniff and a long cache", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const res = await upload(app, manager, png());
    expect(res.status).toBe(200);
    const { office } = (await res.json()) as { office: { logo: { url: string; alt: string } } };
    expect(office.logo.url).toMatch(/^\/api\/office\/logo\/[\w-]{22}$/);
    const served = await app.request(office.logo.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toContain("immutable");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png());
    expect((await Person.of(app).call("GET", "/api/office")).json.office.logo.url).toBe(office.logo.url);

    const next = (await (await upload(app, manager, png(1))).json()) as { office: { logo: { url: string } } };
    expect(next.office.logo.url).not.toBe(office.logo.url);
    expect((await app.request(office.logo.url)).status).toBe(404);
    expect((await app.request(next.office.logo.url)).status).toBe(200);
    expect(auditRows(services).map((r) => r.action)).toEqual(["office.logo.set", "office.logo.set"]);
  });

  it("takes the type from the bytes: a JPEG sent as PNG is served as a JPEG", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
    const { office } = (await (await upload(app, manager, jpeg)).json()) as {
      office: { logo: { url: string } };
    };
    expect((await app.request(office.logo.url)).headers.get("content-type")).toBe("image/jpeg");
  });

  it("refuses an SVG (415) and a text file sent as a PNG (415) with a clear message", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const asSvg = await upload(app, manager, svg, "image/svg+xml");
    expect(asSvg.status).toBe(415);
    expect(((await asSvg.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "unsupported_type",
      message: expect.stringContaining("PNG"),
    });
    const asPng = await upload(app, manager, new TextEncoder().encode("nur Text, kein Bild"), "image/png");
    expect(asPng.status).toBe(415);
    expect((await upload(app, manager, new Uint8Array(), "image/png")).status).toBe(400);
    expect((await Person.of(app).call("GET", "/api/office")).json.office.logo).toBeUndefined();
    expect(auditRows(services)).toEqual([]);
  });

  it("refuses a logo over the cap by its declared length, and a chunked one as it arrives (413)", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(png());
    const declared = await upload(app, manager, big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { message: string } }).error.message).toContain("200 KB");

    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    chunk.set(png());
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk.slice());
      },
    });
    const chunked = await upload(app, manager, endless);
    expect(chunked.status).toBe(413);
    // It stopped reading soon after the cap, not at the end of an endless body.
    expect(pulled).toBeLessThan(10);
    // Larger than the API's general limit, smaller than the logo's: taken.
    const fine = new Uint8Array(100 * 1024);
    fine.set(png());
    expect((await upload(app, manager, fine)).status).toBe(200);
  });

  it("is for managers only: anonymous 401, resident 403, before the body is read", async () => {
    current = testApp();
    const { app, services } = current;
    expect((await upload(app, Person.of(app), png())).status).toBe(401);
    expect((await upload(app, personAs(services, app, "resident").person, png())).status).toBe(403);
    expect((await Person.of(app).call("GET", "/api/office")).json.office.logo).toBeUndefined();
  });
});

describe("DELETE /api/office/logo", () => {
  it("removes the logo, its address answers 404, and the audit log says so", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    const { office } = (await (await upload(app, manager, png())).json()) as {
      office: { logo: { url: string } };
    };
    expect((await Person.of(app).call("DELETE", "/api/office/logo")).status).toBe(401);
    const res = await manager.call("DELETE", "/api/office/logo");
    expect(res.status).toBe(200);
    expect(res.json.office.logo).toBeUndefined();
    expect((await app.request(office.logo.url)).status).toBe(404);
    expect(auditRows(services).map((r) => r.action)).toEqual(["office.logo.set", "office.logo.remove"]);
  });
});

describe("the manager who changed the office", () => {
  it("leaves no name behind when their account is deleted; the settings stay", async () => {
    current = testApp();
    const { app, services } = current;
    const { id, person } = personAs(services, app, "manager");
    await person.call("PUT", "/api/office", { name: "QUER" });
    expect(services.sqlite.prepare("select updated_by as by from office_settings").get()).toEqual({ by: id });
    expect((await person.call("DELETE", "/api/me")).status).toBe(204);
    expect(services.sqlite.prepare("select name, updated_by as by from office_settings").get()).toEqual({
      name: "QUER",
      by: null,
    });
  });
});

describe("PUT /api/office, one part at a time", () => {
  it("keeps the name when only the description is sent, and the description for the next logo", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager").person;
    await manager.call("PUT", "/api/office", { name: "QUER" });
    expect((await manager.call("PUT", "/api/office", { logoAlt: "Ein Q im Kreis" })).json.office).toEqual({
      name: "QUER",
      locale: "de",
    });
    const { office } = (await (await upload(app, manager, png())).json()) as { office: unknown };
    expect(office).toMatchObject({ name: "QUER", logo: { alt: "Ein Q im Kreis" } });
  });
});
