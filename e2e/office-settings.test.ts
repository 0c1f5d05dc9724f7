import { crc32, deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { shootAtWidths } from "./support/screens.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

/** A real PNG, one colour, made from its bytes: signature, header, pixels, end. */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Presses Tab until the element matching `selector` has focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached by Tab`);
}

describe("the office's name and logo", () => {
  it("are set by the manager by keyboard and shown to a resident in the header, first view included", async () => {
    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/manage`);
    await page.getByRole("link", { name: "Name und Logo des Büros ändern" }).click();
    await heading(page, "Büro & Logo");
    expect(await page.title()).toBe("Büro & Logo – Quartiersmanagement Leimen");
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // The name, by keyboard only.
    await tabTo(page, "#office-name");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("QUER Quartiersbüro");
    await page.keyboard.press("Enter");
    await page
      .locator("[aria-live=polite]")
      .getByText("Der Name ist gespeichert: QUER Quartiersbüro.")
      .waitFor();
    await page.locator(".site-header .office-name").getByText("QUER Quartiersbüro").waitFor();
    await page.locator(".site-footer").getByText("Quer – QUER Quartiersbüro").waitFor();
    await page.waitForFunction(() => document.title === "Büro & Logo – QUER Quartiersbüro");

    // A logo without a description is refused on the page, with the reason at the field.
    await page.locator("#office-logo-file").setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: solidPng(32, [0, 110, 80]),
    });
    await page.getByRole("img", { name: "logo.png" }).waitFor();
    await tabTo(page, "[aria-labelledby=office-logo-heading] button[type=submit]");
    await page.keyboard.press("Enter");
    await page.getByText("Bitte beschreibe das Logo in wenigen Worten.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("office-logo-alt");
    await page.keyboard.type("Logo: ein grünes Quadrat");
    await page.keyboard.press("Enter");
    await page.locator("[aria-live=polite]").getByText("Das neue Logo ist gespeichert.").waitFor();
    const headerLogo = page.locator(".site-header .office-logo");
    await headerLogo.waitFor();
    expect(await headerLogo.getAttribute("alt")).toBe("Logo: ein grünes Quadrat");
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shootAtWidths(page, "office-settings");

    // An SVG is refused with a reason, and the saved logo stays.
    await page.locator("#office-logo-file").setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await page.getByText("Das ist kein PNG-, JPEG- oder WebP-Bild.", { exact: false }).first().waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // Another person, another browser profile: the header shows both, from the first view on.
    const resident = await newPage(suite.browser);
    await signUpInUi(resident.page, suite.server.url, "Rosa");
    const boardId = await firstBoardId(suite.server);
    const raw = await (await fetch(`${suite.server.url}/boards/${boardId}`)).text();
    const firstView = /<div id="root" data-server-view>([\s\S]*?)<main/.exec(raw)?.[1] ?? "";
    expect(firstView).toContain("QUER Quartiersbüro");
    expect(firstView).toMatch(/<img[^>]*src="\/api\/office\/logo\/[\w-]+"/);
    expect(firstView).toContain('alt="Logo: ein grünes Quadrat"');
    await resident.page.goto(`${suite.server.url}/boards/${boardId}`);
    await resident.page.reload();
    const mark = resident.page.locator(".site-header .office-mark");
    await mark.getByText("QUER Quartiersbüro").waitFor();
    const logo = mark.getByRole("img", { name: "Logo: ein grünes Quadrat" });
    await logo.waitFor();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(32);
    expect(await mark.getAttribute("href")).toBe("/");
    await resident.page.getByText("Quer – QUER Quartiersbüro").waitFor();
    await shootAtWidths(resident.page, "office-header");

    // The resident may not open the settings.
    await resident.page.goto(`${suite.server.url}/manage/office`);
    await resident.page.getByText("Name und Logo des Büros legt die Quartiersmanagerin fest.").waitFor();
    await resident.context.close();

    // Removing the logo: announced, and focus goes where a new one starts.
    await page.getByRole("button", { name: "Logo entfernen" }).click();
    await page.locator("[aria-live=polite]").getByText("Das Logo ist entfernt.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("office-logo-file");
    expect(await page.locator(".site-header .office-logo").count()).toBe(0);
    await context.close();
  });
  it("let the manager choose the office's language by keyboard, each language named in itself", async () => {
    const manager = await makeManager(suite.server, "Lena Sprache");
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/manage/office`);
    await heading(page, "Büro & Logo");
    const select = page.getByRole("combobox", { name: "Sprache für E-Mails" });
    await select.waitFor();
    expect(await select.inputValue()).toBe("de");
    expect(await select.locator("option").allTextContents()).toEqual([
      "Deutsch",
      "Leichte Sprache",
      "English",
      "Türkçe",
      "العربية",
      "Українська",
      "Русский",
    ]);
    expect(await select.locator("option[value=ar]").getAttribute("lang")).toBe("ar");

    await tabTo(page, "#office-locale");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await select.inputValue()).toBe("en");
    await tabTo(page, "[aria-labelledby=office-locale-heading] button[type=submit]");
    await page.keyboard.press("Enter");
    await page
      .locator("[aria-live=polite]")
      .getByText("Die Sprache des Büros ist gespeichert: English.")
      .waitFor();
    const answer = await (await fetch(`${suite.server.url}/api/office`)).json();
    expect(answer.office.locale).toBe("en");
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shootAtWidths(page, "office-locale");

    // Read again from the server: the choice is kept.
    await page.reload();
    expect(await page.getByRole("combobox", { name: "Sprache für E-Mails" }).inputValue()).toBe("en");
    await context.close();
  });
});
