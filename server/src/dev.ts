import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { loadConfig } from "./config.ts";
import { startServer } from "./server.ts";

/**
 * `pnpm dev`: the API and sync server on PORT, and Vite with hot reload in front of it.
 * The browser talks to Vite's origin, so that origin is the PUBLIC_URL the server checks.
 */
const VITE_PORT = 5173;
const config = loadConfig();
config.publicUrl = `http://localhost:${VITE_PORT}`;
const api = await startServer(config);
const target = `http://${config.host}:${api.port}`;

const vite = await createServer({
  configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
  server: {
    port: VITE_PORT,
    strictPort: true,
    host: "localhost",
    proxy: {
      "/api": { target },
      "/sync": { target: target.replace(/^http/, "ws"), ws: true },
    },
  },
});
await vite.listen();
console.log(`Quer (Entwicklung) läuft auf ${config.publicUrl} – API auf ${target}`);
