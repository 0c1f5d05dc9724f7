import { describe, expect, it } from "vitest";
import { claimConnection, connection } from "./connection.ts";

describe("the connection indicator", () => {
  it("goes back to the page's document when one opened over it closes", () => {
    const page = claimConnection();
    page.set("live");
    const canvas = claimConnection();
    expect(connection()).toBe("live");
    canvas.set("connecting");
    expect(connection()).toBe("connecting");
    canvas.release();
    expect(connection()).toBe("live");
    page.set("reconnecting");
    expect(connection()).toBe("reconnecting");
    page.release();
    expect(connection()).toBeNull();
  });

  it("keeps the new page's state when the old page lets go after it took over", () => {
    const old = claimConnection();
    old.set("live");
    const next = claimConnection();
    next.set("connecting");
    old.set("reconnecting");
    expect(connection()).toBe("connecting");
    old.release();
    old.release();
    expect(connection()).toBe("connecting");
    next.release();
    expect(connection()).toBeNull();
  });
});
