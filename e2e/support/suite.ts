import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type QuerServer, startServer } from "./server.ts";

export interface Suite {
  readonly server: QuerServer;
  readonly browser: Browser;
}

/**
 * One real server and one Chromium for a test file: started before its first test (hooks
 * the file adds after this call run after the start), stopped after its last.
 */
export function serverAndBrowser(): Suite {
  let server: QuerServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the suite's server and browser start in beforeAll");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
