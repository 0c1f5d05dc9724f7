import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";
import { shutdownOnSignal } from "./shutdown.ts";

const config = loadConfig();
const server = await startServer(config);
// Started with the server rather than by the first write, so the resources it holds are
// there from the start and its own start-up never coincides with the first busy minute.
await server.services.background.start();
console.log(
  `Quer läuft auf ${server.url} (lauscht auf ${config.host}:${server.port}, Daten in ${config.dataDir})`,
);

const stop = shutdownOnSignal({
  close: () => server.close(),
  exit: (code) => process.exit(code),
  now: () => Date.now(),
  log: (message) => server.services.log.warn(message),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
