import * as Y from "yjs";
import type { Http } from "./http.ts";
import { postTitle } from "./markers.ts";
import { type FullClient, fullClient } from "./receivers.ts";

/**
 * Who the load is aimed at. Quer gets commands over HTTP, as a phone would send them;
 * the relay gets the same Yjs changes written straight into its room by one writer
 * client, since a relay has no commands. Watchers are the same for both.
 */
export interface LoadTarget {
  kind: "quer" | "relay";
  pid: number;
  url: string;
  docName: string;
  /** Before each round: a fresh hot idea, so tallies start at 1 and each value is one vote. */
  startRound(): Promise<void>;
  post(seq: number): Promise<boolean>;
  /** One more vote on the hot idea; the tally it reached, or null if refused / out of voters. */
  vote(): Promise<number | null>;
  close(): void;
}

export interface Person {
  id: string;
  cookie: string;
}

export function querTarget(opts: {
  pid: number;
  url: string;
  http: Http;
  boardId: string;
  posters: Person[];
  voters: Person[];
}): LoadTarget {
  const { http, boardId, posters, voters } = opts;
  let hotId = "";
  let nextVoter = 0;
  let nextPoster = 0;
  const poster = () => posters[nextPoster++ % posters.length] as Person;
  return {
    kind: "quer",
    pid: opts.pid,
    url: opts.url,
    docName: `board:${boardId}`,
    async startRound() {
      const res = await http.call("POST", `/api/boards/${boardId}/ideas`, poster().cookie, {
        title: "Die heiße Idee dieser Runde",
      });
      const idea = res.json?.idea as { id?: string } | undefined;
      if (res.status !== 201 || !idea?.id) throw new Error(`hot idea not created: ${res.status}`);
      hotId = idea.id;
      nextVoter = 0;
    },
    async post(seq) {
      const res = await http.call("POST", `/api/boards/${boardId}/ideas`, poster().cookie, {
        title: postTitle(seq),
        body: "Ein Vorschlag aus dem Workshop.",
      });
      return res.status === 201;
    },
    async vote() {
      const voter = voters[nextVoter++];
      if (!voter) return null;
      const res = await http.call("PUT", `/api/ideas/${hotId}/vote`, voter.cookie);
      return res.status === 200 && typeof res.json?.votes === "number" ? res.json.votes : null;
    },
    close() {},
  };
}

/** The entry Quer's projection writes per idea, so both servers relay updates of one shape. */
function entry(id: string, title: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries({
    id,
    title,
    excerpt: "Ein Vorschlag aus dem Workshop.",
    kind: "idea",
    category: null,
    status: "new",
    authorName: "Last 1",
    createdAt: new Date().toISOString(),
    comments: 0,
    votes: 0,
  })) {
    map.set(k, v);
  }
  return map;
}

export async function relayTarget(opts: { pid: number; url: string; room: string }): Promise<LoadTarget> {
  let writer: FullClient | null = fullClient(opts.url, opts.room, null);
  await writer.synced;
  const ideas = writer.doc.getMap<Y.Map<unknown>>("ideas");
  let hot: Y.Map<unknown> | null = null;
  let tally = 0;
  let round = 0;
  return {
    kind: "relay",
    pid: opts.pid,
    url: opts.url,
    docName: opts.room,
    async startRound() {
      round += 1;
      hot = entry(`hot-${round}`, "Die heiße Idee dieser Runde");
      ideas.set(`hot-${round}`, hot);
      tally = 0;
    },
    async post(seq) {
      // The provider sends on the document's update event, synchronously: this is "sent".
      ideas.set(`p-${round}-${seq}`, entry(`p-${round}-${seq}`, postTitle(seq)));
      return true;
    },
    async vote() {
      if (!hot) return null;
      tally += 1;
      hot.set("votes", tally);
      return tally;
    },
    close() {
      writer?.close();
      writer = null;
    },
  };
}
