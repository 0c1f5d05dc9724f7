import { createServer, type ServerOptions } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { createApp } from "./app.ts";
import { createManagerCommand } from "./cli/first-run-command.ts";
import { cliMessages } from "./cli/messages.ts";
import type { Config } from "./config.ts";
import { ensureWelcomeBoard } from "./first-run.ts";
import { answerClientError } from "./http/client-error.ts";
import { CompressingResponse } from "./http/compress.ts";
import { createServices, type ServiceSeams, type Services } from "./services.ts";
import { sweepGuestNames } from "./workshops/retention.ts";

export interface RunningServer {
  url: string;
  port: number;
  /** The address actually bound (HOST). */
  address: string;
  services: Services;
  close(): Promise<void>;
}

/**
 * Node's limits on slow clients (decision 0015). Node looks for connections past them
 * only every `connectionsCheckingInterval` (30 s by default), so that follows the
 * shortest of them: a stalled socket is closed soon after its time is up.
 */
function timeoutsOf(config: Config): ServerOptions {
  return {
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(5_000, Math.floor(config.headersTimeoutMs / 4))),
  };
}

/**
 * Starts Quer on one port: the API, the sync WebSocket and the client. With port 0 the
 * system picks a free port; PUBLIC_URL then follows it unless it was set explicitly.
 */
export async function startServer(
  config: Config,
  opts: { publicUrlFollowsPort?: boolean; seams?: ServiceSeams } = {},
): Promise<RunningServer> {
  const services = createServices(config, opts.seams);
  const firstRun = ensureWelcomeBoard(services.db, config.locale);
  const app = createApp(services);
  // Old phones on venue Wi-Fi: a big board's JSON and the client shrink to a fraction.
  const server = createServer(
    { ...timeoutsOf(config), ServerResponse: CompressingResponse },
    getRequestListener(app.fetch, { hostname: config.host }),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    // A port in use: the database was opened already and must be closed in order.
    await services.close();
    throw error;
  }
  server.on("clientError", answerClientError);
  const { port, address } = server.address() as AddressInfo;
  if (opts.publicUrlFollowsPort) {
    config.publicUrl = `http://${config.host === "127.0.0.1" ? "localhost" : config.host}:${port}`;
  }
  server.on("upgrade", (req, socket, head) => services.sync.handleUpgrade(req, socket, head));
  // Guests' names leave once a workshop's retention period is over; checked hourly.
  sweepGuestNames(services.commands);
  const sweeper = setInterval(() => sweepGuestNames(services.commands), 3_600_000);
  sweeper.unref();
  if (firstRun) {
    // Before anyone else learns the address: whoever registers the office's e-mail
    // address first holds that account until the operator takes it back.
    services.log.warn(cliMessages().firstRun(config.publicUrl, createManagerCommand(config)));
  }
  return {
    url: config.publicUrl,
    port,
    address,
    services,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweeper);
        services.sync.close();
        server.close(() => {
          void services.close().then(resolve);
        });
        server.closeAllConnections();
      }),
  };
}
