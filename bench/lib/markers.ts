import * as Y from "yjs";

/**
 * What a load client looks for in an update, without applying it to a document:
 * - `posts`: sequence numbers of post markers (`bm<seq>x` in an idea's title),
 * - `tally`: the highest `votes` value set in the update (the hot idea's tally),
 * - `typed`: per Yjs client id, the highest clock of text it inserted (co-writing).
 * Every receiver in this process gets the very same bytes for a broadcast, so each
 * distinct update is decoded once and the answer shared.
 */
export interface Markers {
  posts: number[];
  tally: number;
  typed: Map<number, number>;
}

const POST = /bm(\d+)x/g;
const cache = new Map<string, Markers>();
/** Enough for every update in flight; cleared wholesale so the cache stays bounded. */
const CACHE_LIMIT = 2000;

export function postTitle(seq: number): string {
  return `Idee bm${seq}x aus dem Lasttest`;
}

export function markersOf(update: Uint8Array): Markers {
  const key = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString("latin1");
  const hit = cache.get(key);
  if (hit) return hit;
  const found: Markers = { posts: [], tally: 0, typed: new Map() };
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (content instanceof Y.ContentAny) {
      for (const value of content.arr) {
        // A map entry that replaces an older value is encoded with that value as its
        // origin and without its key; in this load only tallies are numbers that change.
        const tallyKey = struct.parentSub === "votes" || struct.parentSub === null;
        if (tallyKey && typeof value === "number") found.tally = Math.max(found.tally, value);
        if (struct.parentSub === "title" && typeof value === "string") {
          for (const m of value.matchAll(POST)) found.posts.push(Number(m[1]));
        }
      }
    } else if (content instanceof Y.ContentString) {
      const last = struct.id.clock + struct.length - 1;
      found.typed.set(struct.id.client, Math.max(found.typed.get(struct.id.client) ?? -1, last));
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, found);
  return found;
}
