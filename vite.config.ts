import { fileURLToPath } from "node:url";
import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const devServer = process.env.QUER_DEV_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  root: `${root}client`,
  plugins: [solid()],
  build: {
    outDir: `${root}client/dist`,
    emptyOutDir: true,
    target: "es2020",
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": { target: devServer, changeOrigin: false },
      "/sync": { target: devServer.replace(/^http/, "ws"), ws: true },
    },
  },
  test: {
    root,
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          root,
          include: ["shared/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "client/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          root,
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
