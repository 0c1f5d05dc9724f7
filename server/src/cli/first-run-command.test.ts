import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createManagerCommand } from "./first-run-command.ts";

describe("createManagerCommand", () => {
  it("is the plain command when the server runs with the defaults", () => {
    expect(createManagerCommand({ dataDir: resolve("./data"), publicUrl: "http://localhost:3000" })).toBe(
      'pnpm quer create-manager --email E --name "N" --password P',
    );
  });

  it("puts the server's own DATA_DIR and PUBLIC_URL in front, quoted for the shell when needed", () => {
    expect(createManagerCommand({ dataDir: "/srv/quer", publicUrl: "http://localhost:3000" })).toBe(
      'DATA_DIR=/srv/quer pnpm quer create-manager --email E --name "N" --password P',
    );
    expect(createManagerCommand({ dataDir: "/srv/Quer Daten", publicUrl: "http://192.168.1.20:3000" })).toBe(
      "DATA_DIR='/srv/Quer Daten' PUBLIC_URL=http://192.168.1.20:3000 " +
        'pnpm quer create-manager --email E --name "N" --password P',
    );
  });
});
