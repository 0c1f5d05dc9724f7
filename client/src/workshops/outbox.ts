import { type Accessor, createSignal, onCleanup } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { sendDots, sendPost } from "./workshop-api.ts";

/** A post waiting to be sent; its key is made once, so a resend never creates a second idea. */
export interface QueuedPost {
  key: string;
  title: string;
}

interface Stored {
  posts: QueuedPost[];
  /** Idea id → the dots this person wants there in the end (not the steps that led there). */
  votes: Record<string, number>;
}

export type OutboxState = "idle" | "sending" | "waiting";

export interface Outbox {
  posts: Accessor<readonly QueuedPost[]>;
  votes: Accessor<Readonly<Record<string, number>>>;
  size: Accessor<number>;
  state: Accessor<OutboxState>;
  addPost: (title: string) => void;
  setVote: (ideaId: string, dots: number) => void;
  flush: () => Promise<void>;
}

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const RETRY_MS = 3000;

/**
 * Posts and votes of one workshop board, kept in localStorage until the server has them:
 * a phone on bad venue Wi-Fi (or one reloaded while offline) loses nothing and sends
 * nothing twice. One send at a time; a network failure stops the round and the next
 * round starts when the browser is online again, or on a short retry timer.
 */
export function createOutbox(
  boardId: string,
  hooks: {
    /** `left`: what is left of the workshop's dots budget, as the server counted it. */
    onVoteSent: (ideaId: string, mine: number, left: number | undefined) => void;
    onVoteRefused: (ideaId: string, error: ApiError) => void;
    onPostRefused: (post: QueuedPost, error: ApiError) => void;
  },
): Outbox {
  const storageKey = `quer.outbox.${boardId}`;
  const load = (): Stored => {
    try {
      const raw = localStorage.getItem(storageKey);
      if (raw) {
        const parsed = JSON.parse(raw) as Partial<Stored>;
        return { posts: parsed.posts ?? [], votes: parsed.votes ?? {} };
      }
    } catch {
      // Unreadable or disabled storage: start empty.
    }
    return { posts: [], votes: {} };
  };
  const initial = load();
  const [posts, setPosts] = createSignal<readonly QueuedPost[]>(initial.posts);
  const [votes, setVotes] = createSignal<Readonly<Record<string, number>>>(initial.votes);
  const [sending, setSending] = createSignal(false);
  const size = () => posts().length + Object.keys(votes()).length;
  const state = (): OutboxState => (sending() ? "sending" : size() > 0 ? "waiting" : "idle");

  const save = () => {
    try {
      if (size() === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify({ posts: posts(), votes: votes() }));
    } catch {
      // Not persisted; the queue still holds for this visit.
    }
  };

  let running: Promise<void> | null = null;

  const isTransient = (error: ApiError) =>
    error.code === "network" || error.status === 429 || error.status >= 500;

  async function round(): Promise<void> {
    setSending(true);
    try {
      for (;;) {
        const post = posts()[0];
        if (post) {
          try {
            await sendPost(boardId, post.title, post.key);
          } catch (error) {
            if (isTransient(error as ApiError)) return;
            hooks.onPostRefused(post, error as ApiError);
          }
          setPosts((list) => list.filter((p) => p.key !== post.key));
          save();
          continue;
        }
        const entry = Object.entries(votes())[0];
        if (entry) {
          const [ideaId, dots] = entry;
          try {
            const answer = await sendDots(ideaId, dots);
            hooks.onVoteSent(ideaId, answer.mine, answer.left);
          } catch (error) {
            if (isTransient(error as ApiError)) return;
            // Only this wish is refused; a newer one for the same idea still goes out.
            if (votes()[ideaId] === dots) hooks.onVoteRefused(ideaId, error as ApiError);
          }
          // A newer wish for this idea, made while this one was on its way, stays queued.
          if (votes()[ideaId] === dots) {
            setVotes((all) => {
              const next = { ...all };
              delete next[ideaId];
              return next;
            });
            save();
          }
          continue;
        }
        return;
      }
    } finally {
      setSending(false);
    }
  }

  function flush(): Promise<void> {
    if (running) return running;
    running = round().finally(() => {
      running = null;
    });
    return running;
  }

  const onOnline = () => void flush();
  window.addEventListener("online", onOnline);
  const retry = setInterval(() => {
    if (size() > 0 && navigator.onLine) void flush();
  }, RETRY_MS);
  onCleanup(() => {
    window.removeEventListener("online", onOnline);
    clearInterval(retry);
  });

  if (size() > 0) queueMicrotask(() => void flush());

  return {
    posts,
    votes,
    size,
    state,
    addPost(title) {
      setPosts((list) => [...list, { key: newKey(), title }]);
      save();
      void flush();
    },
    setVote(ideaId, dots) {
      setVotes((all) => ({ ...all, [ideaId]: dots }));
      save();
      void flush();
    },
    flush,
  };
}
