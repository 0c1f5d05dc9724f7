import { loadConfig } from "./config.ts";
import { type RunningServer, startServer } from "./server.ts";
import { shutdownOnSignal } from "./shutdown.ts";

const config = loadConfig();

// Listening before anything starts: opening and migrating the database runs synchronously,
// and a stop requested meanwhile would otherwise end the process by Node's default, mid-start
// with the database open. The handler runs once that synchronous part is over; it waits for
// the rest of the start and then closes in order.
let started: Promise<RunningServer> = new Promise(() => undefined);
const stop = shutdownOnSignal({
  close: async () => (await started).close(),
  exit: (code) => process.exit(code),
  now: () => Date.now(),
  log: (message) => server.services.log.warn(message),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);

started = startServer(config).then(async (server) => {
  // Started with the server rather than by the first write, so the resources it holds are
  // there from the start and its own start-up never coincides with the first busy minute.
  await server.services.background.start();
  return server;
});
const server = await started;
console.log(
  `Quer läuft auf ${server.url} (lauscht auf ${config.host}:${server.port}, Daten in ${config.dataDir})`,
);
