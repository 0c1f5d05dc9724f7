import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import type { Plugin } from "vite";

/**
 * Writes `<file>.br` beside every script and stylesheet of the build, compressed once at
 * Brotli's highest level: a tenth smaller than the server's gzip, which on a slow phone
 * network is a tenth less waiting before the first page shows. The server sends these to
 * browsers that accept Brotli (server/src/http/static.ts), gzip to the rest. Compressing
 * at that level takes too long to do per request. Read back from disk after writing, so
 * each `.br` holds exactly the bytes of its file.
 */
export function brotliFiles(): Plugin {
  return {
    name: "quer:brotli-files",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const bytes = readFileSync(join(dir, name));
        const packed = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        });
        writeFileSync(join(dir, `${name}.br`), packed);
      }
    },
  };
}
