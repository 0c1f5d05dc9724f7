import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, seedBoard, testApp } from "../testing/harness.ts";
import { sleep, waitFor } from "../testing/sync-clients.ts";
import { versionsOf } from "./history-repo.ts";
import { IdeaTextHistory } from "./text-history.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("IdeaTextHistory", () => {
  it("counts a writer whose update was still being stored when the quiet period ended", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    const annaUser = await anna.register("Anna");
    const benUser = await Person.of(app).register("Ben");
    const posted = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" });
    const ideaId: string = posted.json.idea.id;

    const doc = new Y.Doc();
    doc.getText("title").insert(0, "Bücherschrank");
    // Stands for the registry's group commit: Ben's update is applied, its sync still running.
    let release = () => {};
    let storing: Promise<void> | null = new Promise<void>((resolve) => {
      release = resolve;
    });
    const history = new IdeaTextHistory(
      services.commands,
      () => doc,
      10,
      () => storing,
    );

    history.changed(ideaId, annaUser.id);
    doc.getText("body").insert(0, "Von Ben");
    await sleep(50);
    // The quiet period is over, but nothing is kept while an update is on its way.
    expect(versionsOf(services.db, ideaId)).toEqual([]);
    // Stored and relayed: Ben is heard of, and the quiet starts again.
    storing = null;
    release();
    history.changed(ideaId, benUser.id);
    const [version] = await waitFor(() => {
      const list = versionsOf(services.db, ideaId);
      return list.length > 0 ? list : undefined;
    }, "a version");
    expect(version).toMatchObject({ title: "Bücherschrank", body: "Von Ben", by: ["Anna", "Ben"] });
  });
});
