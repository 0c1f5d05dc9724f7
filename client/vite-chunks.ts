import { normalizePath, type Plugin } from "vite";

/**
 * Chunks for a first visit on a slow phone network. Left to itself the bundler gives
 * every set of pages sharing some modules its own chunk: the board page needed thirteen
 * files of a few hundred bytes each, and with six connections per host and 400 ms per
 * round trip they arrived in three waves. Here the entry's modules form one chunk, the
 * page stays its own chunk (the server finds it in the build manifest to preload it),
 * and everything else it imports statically forms one more, `partsName`, so the page
 * loads in one wave. Other pages import from that chunk what they share with the page
 * (most of it: headings, loading states, idea cards, votes).
 *
 * `entryPath` and `pagePath` are absolute file paths. The groups are filled from the
 * module graph once the build has read it, before chunks are made.
 */
export function firstLoadChunks(entryPath: string, pagePath: string, partsName: string) {
  // Module ids use forward slashes on every system.
  const entry = normalizePath(entryPath);
  const page = normalizePath(pagePath);
  const entryModules = new Set<string>();
  const pageParts = new Set<string>();
  const plugin: Plugin = {
    name: "quer:first-load-chunks",
    apply: "build",
    buildEnd(error) {
      if (error) return;
      const closure = (id: string, into: Set<string>): Set<string> => {
        if (into.has(id)) return into;
        into.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) closure(dep, into);
        return into;
      };
      closure(entry, entryModules);
      if (!this.getModuleInfo(page)) this.error(`first-load-chunks: ${page} is not in the build`);
      for (const id of closure(page, new Set())) if (id !== page && !entryModules.has(id)) pageParts.add(id);
    },
  };
  const codeSplitting = {
    groups: [
      // Dependencies are listed in full already; following them would pull the entry's
      // modules (Solid, the router) into the page's chunk.
      { name: "index", test: (id: string) => entryModules.has(id), includeDependenciesRecursively: false },
      { name: partsName, test: (id: string) => pageParts.has(id), includeDependenciesRecursively: false },
    ],
  };
  return { plugin, codeSplitting };
}
