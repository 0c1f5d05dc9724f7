import { describe, expect, it } from "vitest";
import { isLocalOnly, isOtherAddress } from "./public-url.ts";

describe("isLocalOnly", () => {
  it("is true for addresses only this machine can open", () => {
    for (const url of [
      "http://localhost:3000",
      "http://LOCALHOST:3000",
      "http://quer.localhost",
      "http://127.0.0.1:3000",
      "http://127.1.2.3",
      "http://[::1]:3000",
      "http://0.0.0.0:3000",
    ]) {
      expect(isLocalOnly(url), url).toBe(true);
    }
  });

  it("is false for addresses phones in the room or on the internet can open", () => {
    for (const url of [
      "http://192.168.1.20:3000",
      "http://10.0.0.5:3000",
      "https://quer.example.org",
      "http://localhost.example.org",
      "http://127.example.org",
      "not a url",
    ]) {
      expect(isLocalOnly(url), url).toBe(false);
    }
  });
});

describe("isOtherAddress", () => {
  it("tells the listen address from PUBLIC_URL, and the same origin from itself", () => {
    expect(isOtherAddress("http://127.0.0.1:3000", "http://localhost:3000")).toBe(true);
    expect(isOtherAddress("http://localhost:3001", "http://localhost:3000")).toBe(true);
    expect(isOtherAddress("http://localhost:3000", "http://localhost:3000")).toBe(false);
    expect(isOtherAddress("https://quer.example.org", "https://quer.example.org/")).toBe(false);
  });
});
