import { ideas, users } from "@quer/db";
import { afterEach, describe, expect, it } from "vitest";
import { seedBoard, testApp } from "../testing/harness.ts";
import { keepVersion, versionsOf } from "./history-repo.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

function person(services: ReturnType<typeof testApp>["services"], id: string, name: string): void {
  services.db
    .insert(users)
    .values({ id, email: `${id}@example.org`, name, role: "resident", createdAt: Date.now() })
    .run();
}

describe("keepVersion", () => {
  it("names writers in the order they wrote, not in the order of their ids, and skips deleted ones", () => {
    current = testApp();
    const { services } = current;
    const board = seedBoard(services);
    // Ids sorting the other way round from who wrote first.
    person(services, "zzzzzzzzzzzz", "Zora");
    person(services, "aaaaaaaaaaaa", "Anton");
    const now = Date.now();
    services.db
      .insert(ideas)
      .values({
        id: "idea00000001",
        boardId: board.id,
        authorId: null,
        title: "Bank",
        kind: "idea",
        status: "new",
        createdAt: now,
        updatedAt: now,
      })
      .run();
    services.commands.run((cx) =>
      keepVersion(cx.db, "idea00000001", { title: "Bank", body: "" }, [
        "zzzzzzzzzzzz",
        "gone00000000",
        "aaaaaaaaaaaa",
      ]),
    );
    expect(versionsOf(services.db, "idea00000001").map((v) => v.by)).toEqual([["Zora", "Anton"]]);
  });
});
