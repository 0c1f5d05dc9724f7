import { describe, expect, it } from "vitest";
import { REPEAT_WINDOW_MS, shutdownOnSignal } from "./shutdown.ts";

function setup() {
  let clock = 1_000_000;
  let finishClose: () => void = () => undefined;
  const exits: number[] = [];
  let closes = 0;
  const onSignal = shutdownOnSignal({
    close: () => {
      closes += 1;
      return new Promise<void>((resolve) => {
        finishClose = resolve;
      });
    },
    exit: (code) => exits.push(code),
    now: () => clock,
    log: () => undefined,
  });
  return {
    onSignal,
    exits,
    closes: () => closes,
    finishClose: () => finishClose(),
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe("shutdownOnSignal", () => {
  it("treats the copies of one signal as one request, and exits with 0 once closed", async () => {
    const s = setup();
    s.onSignal();
    // The process group's signal, then pnpm passing on its own copy.
    s.advance(3);
    s.onSignal();
    s.advance(REPEAT_WINDOW_MS - 10);
    s.onSignal();
    expect(s.closes()).toBe(1);
    expect(s.exits).toEqual([]);
    s.finishClose();
    await Promise.resolve();
    await Promise.resolve();
    expect(s.exits).toEqual([0]);
  });

  it("ends the process at once on a signal well after the first", () => {
    const s = setup();
    s.onSignal();
    s.advance(REPEAT_WINDOW_MS + 1);
    s.onSignal();
    expect(s.exits).toEqual([1]);
    expect(s.closes()).toBe(1);
  });
});
