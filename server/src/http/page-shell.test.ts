import { describe, expect, it } from "vitest";
import {
  asyncScriptTags,
  dataBlock,
  intoHead,
  intoRoot,
  preloadTags,
  withDescription,
  withLanguage,
} from "./page-shell.ts";

/** The shape of Vite's manifest: the entry shares `_shared` with the page. */
const manifest = {
  "index.html": { file: "assets/index-a.js", imports: ["_shared.js"], css: ["assets/index-a.css"] },
  "_shared.js": { file: "assets/shared-b.js", css: ["assets/index-a.css"] },
  "src/boards/BoardPage.tsx": { file: "assets/BoardPage-c.js", imports: ["_shared.js", "_parts.js"] },
  "_parts.js": { file: "assets/parts-d.js", imports: ["_deep.js"], css: ["assets/parts-d.css"] },
  "_deep.js": { file: "assets/deep-e.js" },
  "src/other.tsx": { file: "assets/other-f.js" },
  "src/warm.ts": { file: "assets/warm-g.js" },
};

describe("preloadTags", () => {
  it("lists the page's chunk and what it imports statically, without what the entry loads", () => {
    const tags = preloadTags(manifest, "src/boards/BoardPage.tsx");
    const hrefs = [...tags.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "/assets/parts-d.css",
      "/assets/BoardPage-c.js",
      "/assets/parts-d.js",
      "/assets/deep-e.js",
    ]);
    expect(tags).toContain('<link rel="stylesheet" crossorigin href="/assets/parts-d.css">');
    expect(tags).toContain('<link rel="modulepreload" crossorigin href="/assets/BoardPage-c.js">');
  });

  it("has nothing to preload for a page the build does not know", () => {
    expect(preloadTags(manifest, "src/missing.tsx")).toBe("");
  });
});

describe("asyncScriptTags", () => {
  it("adds the standalone scripts the build has, as classic async scripts", () => {
    expect(asyncScriptTags(manifest, ["src/warm.ts", "src/missing.ts"])).toBe(
      '<script async src="/assets/warm-g.js"></script>',
    );
  });
});

describe("dataBlock", () => {
  it("keeps every string inside the element, and JSON.parse reads it back unchanged", () => {
    const value = { title: "</script><script>alert(1)</script><!-- $& $'", n: 1 };
    const block = dataBlock("x", value);
    const inner = block.slice(block.indexOf(">") + 1, block.lastIndexOf("</script>"));
    expect(inner).not.toContain("<");
    expect(block.match(/<\/script/gi)).toHaveLength(1);
    expect(JSON.parse(inner)).toEqual(value);
  });
});

describe("intoHead", () => {
  it("inserts before </head> and takes `$` patterns literally", () => {
    const html = "<html><head><title>Q</title></head><body></body></html>";
    expect(intoHead(html, "<i>$&$'</i>")).toBe(
      "<html><head><title>Q</title><i>$&$'</i></head><body></body></html>",
    );
  });
});

describe("intoRoot", () => {
  it("replaces the loading note inside #root and marks the view as the server's", () => {
    const html = '<body><div id="root"><p class="loading">…</p></div><script src="/a.js"></script></body>';
    expect(intoRoot(html, "<main>Karten</main>")).toBe(
      '<body><div id="root" data-server-view><main>Karten</main></div><script src="/a.js"></script></body>',
    );
  });

  it("leaves a page without #root as it is", () => {
    expect(intoRoot("<body></body>", "<main></main>")).toBe("<body></body>");
  });
});

describe("withLanguage", () => {
  it("sets the language and direction of <html>, escaping the language", () => {
    expect(withLanguage('<!doctype html><html lang="de"><head>', "en", "ltr")).toBe(
      '<!doctype html><html lang="en" dir="ltr"><head>',
    );
    expect(withLanguage("<html>", 'x"y', "rtl")).toBe('<html lang="x&quot;y" dir="rtl">');
  });
});

describe("withDescription", () => {
  it("puts the page's description in, escaped", () => {
    expect(withDescription('<head><meta name="description" content="Deutsch." /></head>', 'A "b" & c')).toBe(
      '<head><meta name="description" content="A &quot;b&quot; &amp; c" /></head>',
    );
  });
});
