import { fileURLToPath } from "node:url";
import type { UserConfig } from "vite";
import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";
import { brotliFiles } from "./client/vite-brotli.ts";
import { firstLoadChunks } from "./client/vite-chunks.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const chunks = firstLoadChunks(
  `${root}client/src/main.tsx`,
  `${root}client/src/boards/BoardPage.tsx`,
  "board-parts",
);

/**
 * `vite build --ssr`: the board page's first view for the server (client/src/boards/
 * render-board.tsx), compiled by Solid for rendering to a string and bundled whole for
 * Node into client/dist/.server, which the server does not serve (it serves no dot
 * paths). It runs after the client's build, which empties client/dist.
 */
const serverRender: UserConfig = {
  root: `${root}client`,
  plugins: [solid({ ssr: true, solid: { hydratable: false } })],
  ssr: { noExternal: true },
  publicDir: false,
  build: {
    ssr: true,
    outDir: `${root}client/dist/.server`,
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    minify: false,
    rolldownOptions: {
      input: { "render-board": `${root}client/src/boards/render-board.tsx` },
    },
  },
};

/**
 * Builds the client (client/ → client/dist, served by the server) and configures the
 * tests. Test projects do not extend the client build: they run in Node, and the Solid
 * plugin's browser resolve conditions would hand server code the browser builds.
 */
export default defineConfig(({ isSsrBuild }) =>
  isSsrBuild
    ? serverRender
    : {
        root: `${root}client`,
        plugins: [solid(), chunks.plugin, brotliFiles()],
        build: {
          outDir: `${root}client/dist`,
          emptyOutDir: true,
          target: "es2020",
          sourcemap: false,
          // .vite/manifest.json: the server reads which chunks a page needs, to preload them.
          manifest: true,
          rolldownOptions: {
            // warm-intl: a script of its own, which the server adds to board pages.
            input: { index: `${root}client/index.html`, "warm-intl": `${root}client/src/warm-intl.ts` },
            output: { codeSplitting: chunks.codeSplitting },
          },
        },
        test: {
          root,
          environment: "node",
          projects: [
            {
              test: {
                name: "unit",
                root,
                include: [
                  "shared/**/*.test.ts",
                  "server/**/*.test.ts",
                  "db/**/*.test.ts",
                  "client/**/*.test.ts",
                ],
                environment: "node",
                testTimeout: 20_000,
                hookTimeout: 30_000,
                // The first view's bundle (client/dist/.server/render-board.js, or a test's
                // stand-in written at run time) is loaded by Node itself, as in production,
                // not transformed by Vite.
                server: { deps: { external: [/\/\.server\/render-board\.js$/] } },
              },
            },
            {
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
      },
);
