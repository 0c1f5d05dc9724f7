import type { Markers } from "./markers.ts";

/**
 * Matches changes made (with the time the command was sent and answered) to the moment
 * every receiver has seen them. Keys: `p<seq>` posts, `v<n>` the hot idea's tally
 * reaching n, `c<client>:<clock>` a typed character.
 */
export class Tracker {
  private readonly sent = new Map<string, { req: number; res: number }>();
  private readonly seen = new Map<string, { count: number; last: number }>();
  /** Deliveries of known changes to receivers (a change seen by 200 receivers counts 200). */
  delivered = 0;
  frames = 0;
  /** Until armed, receivers ignore what they get (the first sync's old content). */
  private armed = false;

  constructor(readonly receivers: number) {}

  arm(): void {
    this.armed = true;
  }

  /** A change was made: `req` when it was sent, `res` when the server acknowledged it. */
  made(key: string, req: number, res: number): void {
    this.sent.set(key, { req, res });
  }

  see(key: string, now: number): void {
    this.delivered += 1;
    const entry = this.seen.get(key);
    if (entry) {
      entry.count += 1;
      entry.last = now;
    } else this.seen.set(key, { count: 1, last: now });
  }

  /** One receiver's view: remembers what it saw so each change counts once per receiver. */
  receiver(): (markers: Markers, now: number) => void {
    const posts = new Set<number>();
    let tally = 0;
    const clocks = new Map<number, number>();
    return (markers, now) => {
      if (!this.armed) return;
      this.frames += 1;
      for (const seq of markers.posts) {
        if (posts.has(seq)) continue;
        posts.add(seq);
        this.see(`p${seq}`, now);
      }
      // The tally only grows: reaching n means every value up to n is visible.
      for (let n = tally + 1; n <= markers.tally; n++) this.see(`v${n}`, now);
      tally = Math.max(tally, markers.tally);
      for (const [client, clock] of markers.typed) {
        const from = clocks.get(client) ?? -1;
        for (let c = from + 1; c <= clock; c++) this.see(`c${client}:${c}`, now);
        if (clock > from) clocks.set(client, clock);
      }
    };
  }

  /** Whether every change made so far has reached every receiver. */
  complete(): boolean {
    for (const key of this.sent.keys()) if ((this.seen.get(key)?.count ?? 0) < this.receivers) return false;
    return true;
  }

  result(): { fromResponse: number[]; fromRequest: number[]; made: number; missing: number } {
    const fromResponse: number[] = [];
    const fromRequest: number[] = [];
    let missing = 0;
    for (const [key, t] of this.sent) {
      const s = this.seen.get(key);
      if (!s || s.count < this.receivers) {
        missing += 1;
        continue;
      }
      // Quer relays before it answers, so "after the answer" can be a hair below zero.
      fromResponse.push(Math.max(0, s.last - t.res));
      fromRequest.push(s.last - t.req);
    }
    return {
      fromResponse,
      fromRequest,
      made: this.sent.size,
      missing,
    };
  }
}
