import { CloseCode } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { logLines, Person, seedBoard, testServer } from "../testing/harness.ts";
import { bodyOf, localSmtp } from "../testing/smtp.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";
import { passwordEn } from "./messages.en.ts";
import { passwordTr } from "./messages.tr.ts";

const clients = new Clients();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  clients.closeAll();
  for (const done of cleanups.splice(0).reverse()) await done();
});

const OLD = "ein-gutes-passwort";
const NEW = "mein-neues-langes-passwort";
const EMAIL = "anna@example.org";

async function started() {
  const smtp = await localSmtp();
  cleanups.push(() => smtp.close());
  const log = logLines();
  const server = await testServer({ smtpUrl: smtp.url, logLevel: "info" }, undefined, {
    logDestination: log.destination,
  });
  cleanups.push(() => server.dispose());
  const anna = Person.over(server);
  await anna.register("Anna", EMAIL);
  return { smtp, server, anna, log };
}

/** The link of the one mail that arrived, unfolded from quoted-printable. */
function linkOf(raw: string, base: string): string {
  const found = bodyOf(raw).match(new RegExp(`${base}/reset/[a-z0-9]+`))?.[0];
  if (!found) throw new Error(`no link in the mail:\n${bodyOf(raw)}`);
  return found;
}

describe("a forgotten password, over the network", () => {
  it("mails a link that opens the reset page, sets the new password, and signs in with it", async () => {
    const { smtp, server, log } = await started();
    const stranger = Person.over(server);
    expect((await stranger.call("POST", "/api/auth/reset/request", { email: EMAIL })).status).toBe(202);
    await waitFor(() => smtp.mails.length === 1, "the reset mail at the SMTP server");
    const mail = smtp.mails[0];
    expect(mail?.to).toEqual([EMAIL]);
    expect(mail?.raw).toMatch(/^Subject: .*Neues.Passwort/im);
    const link = linkOf(mail?.raw ?? "", server.url);
    const token = link.split("/").pop() ?? "";

    // The link is a page of the app, and the page lets the token leave with no request.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");

    expect((await stranger.call("POST", "/api/auth/reset", { token, password: NEW })).status).toBe(200);
    const signedIn = await Person.over(server).login(EMAIL, NEW);
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.user.name).toBe("Anna");
    expect((await Person.over(server).login(EMAIL, OLD)).status).toBe(401);

    // Neither the token nor the address is in any log line.
    const logged = JSON.stringify(log.lines);
    expect(log.lines.length).toBeGreaterThan(3);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(EMAIL);
  });

  it("closes the open sockets of every session of the account once the password is reset", async () => {
    const { smtp, server, anna } = await started();
    const board = seedBoard(server.services);
    const phone = Person.over(server);
    await phone.login(EMAIL, OLD);
    const other = Person.over(server);
    await other.register("Ben");
    const onLaptop = clients.provider(server.url, `board:${board.id}`, { cookie: anna.cookie });
    const onPhone = clients.provider(server.url, `board:${board.id}`, { cookie: phone.cookie });
    const bens = clients.provider(server.url, `board:${board.id}`, { cookie: other.cookie });
    await waitFor(
      () => onLaptop.provider.synced && onPhone.provider.synced && bens.provider.synced,
      "three sockets synced",
    );

    await Person.over(server).call("POST", "/api/auth/reset/request", { email: EMAIL });
    await waitFor(() => smtp.mails.length === 1, "the reset mail");
    const token = linkOf(smtp.mails[0]?.raw ?? "", server.url)
      .split("/")
      .pop();
    expect((await Person.over(server).call("POST", "/api/auth/reset", { token, password: NEW })).status).toBe(
      200,
    );
    await waitFor(() => onLaptop.closes.includes(CloseCode.sessionEnded), "laptop socket closed");
    await waitFor(() => onPhone.closes.includes(CloseCode.sessionEnded), "phone socket closed");
    expect(bens.closes).toEqual([]);
    expect(bens.provider.wsconnected).toBe(true);
  });

  it("a changed password closes the sockets of the other sessions, not this one's", async () => {
    const { server, anna } = await started();
    const board = seedBoard(server.services);
    const phone = Person.over(server);
    await phone.login(EMAIL, OLD);
    const here = clients.provider(server.url, `board:${board.id}`, { cookie: anna.cookie });
    const there = clients.provider(server.url, `board:${board.id}`, { cookie: phone.cookie });
    await waitFor(() => here.provider.synced && there.provider.synced, "both sockets synced");

    expect((await anna.call("POST", "/api/auth/password", { current: OLD, password: NEW })).status).toBe(200);
    await waitFor(() => there.closes.includes(CloseCode.sessionEnded), "the phone's socket closed");
    expect(here.closes).toEqual([]);
    expect(here.provider.wsconnected).toBe(true);
  });

  it("writes the reset mail in the account's language, the request's when it has none", async () => {
    const { smtp, server } = await started();
    const ben = Person.over(server);
    await ben.register("Ben", "ben@example.org");
    // Anna chose English; the form is sent from a computer set to German.
    server.services.sqlite.prepare("update users set locale = 'en' where email = ?").run(EMAIL);
    server.services.sqlite.prepare("update users set locale = null where email = ?").run("ben@example.org");
    const german = Person.over(server);
    german.cookie = "quer_locale=de";
    expect((await german.call("POST", "/api/auth/reset/request", { email: EMAIL })).status).toBe(202);
    // Ben never chose one: the language the request came in, Turkish.
    const turkish = Person.over(server);
    turkish.cookie = "quer_locale=tr";
    expect((await turkish.call("POST", "/api/auth/reset/request", { email: "ben@example.org" })).status).toBe(
      202,
    );
    await waitFor(() => smtp.mails.length === 2, "both reset mails");
    const to = (address: string) =>
      bodyOf(smtp.mails.find((m) => m.to.includes(address))?.raw ?? "")
        .replace(/\r\n/g, "\n")
        .trim();
    const link = (address: string) => /http:\/\/\S+\/reset\/[a-z0-9]+/.exec(to(address))?.[0] ?? "";
    expect(to(EMAIL)).toBe(passwordEn.mail.text(link(EMAIL)).trim());
    expect(to("ben@example.org")).toBe(passwordTr.mail.text(link("ben@example.org")).trim());
  });
});
