import { describe, expect, it } from "vitest";
import { type CanvasJson, carriedGroupId, readCanvas, rollUp } from "./plenary.ts";

const W = "workshop01";
const A = "tablea0001";
const B = "tableb0001";

function canvas(groups: Record<string, unknown> = {}, placement: Record<string, unknown> = {}): CanvasJson {
  return { groups, placement };
}

const group = (id: string, name: string, order: number, extra: object = {}) => ({
  id,
  name,
  order,
  ...extra,
});

/** Two tables with two ideas each, both with a group "Verkehr", and one idea in the plenary. */
function evening(plenary: CanvasJson = canvas()) {
  return {
    plenary,
    tables: [
      {
        id: A,
        canvas: canvas({ va: group("va", "Verkehr", 1), ga: group("ga", "Grün", 2) }, { a1: "va", a2: "ga" }),
      },
      { id: B, canvas: canvas({ vb: group("vb", " verkehr ", 1) }, { b1: "vb" }) },
    ],
    ideas: [
      { id: "a1", tableId: A },
      { id: "a2", tableId: A },
      { id: "b1", tableId: B },
      { id: "b2", tableId: B },
      { id: "w1", tableId: W },
    ],
  };
}

const named = (r: ReturnType<typeof rollUp>) =>
  Object.fromEntries(
    r.groups.map((g) => [g.name, [...r.placement].filter(([, id]) => id === g.id).map(([idea]) => idea)]),
  );

describe("readCanvas", () => {
  it("keeps what fits the shape and drops the rest", () => {
    const state = readCanvas(
      canvas(
        {
          g1: group("g1", "Spielplatz", 2),
          g2: { name: "Ohne Ordnung" },
          g3: { name: 42 },
          g4: "kein Objekt",
          g5: { name: "   " },
          g6: group("g6", "Weg damit", 1, { removed: true }),
          g7: { name: "x".repeat(200), order: Number.NaN },
        },
        { i1: "g1", i2: 7, i3: "", i4: "x".repeat(500) },
      ),
    );
    expect(state.groups.map((g) => [g.id, g.name.length, g.order])).toEqual([
      ["g2", 12, 0],
      ["g7", 60, 0],
      ["g1", 10, 2],
    ]);
    expect([...state.removed]).toEqual([["g6", "Weg damit"]]);
    expect([...state.placement]).toEqual([
      ["i1", "g1"],
      ["i3", ""],
    ]);
  });

  it("reads anything that is not a canvas as an empty one", () => {
    for (const bad of [null, 3, "groups", [group("g", "G", 1)]]) {
      expect(readCanvas({ groups: bad, placement: bad })).toEqual({
        groups: [],
        placement: new Map(),
        removed: new Map(),
      });
    }
  });
});

describe("rollUp", () => {
  it("carries every table's groups into the plenary, one group per name", () => {
    const r = rollUp(evening());
    expect(r.groups.map((g) => g.name)).toEqual(["Verkehr", "Grün"]);
    expect(named(r)).toEqual({ Verkehr: ["a1", "b1"], Grün: ["a2"] });
    expect(r.groups[0]?.id).toBe(carriedGroupId(A, "va"));
  });

  it("keeps the tables' groups in their place when the plenary makes one", () => {
    const r = rollUp(evening(canvas({ p: group("p", "Neu", 3) })));
    expect(r.groups.map((g) => g.name)).toEqual(["Verkehr", "Grün", "Neu"]);
  });

  it("lets the plenary group ideas from different tables together", () => {
    const gruen = carriedGroupId(A, "ga");
    const r = rollUp(evening(canvas({}, { b2: gruen, w1: gruen })));
    expect(named(r)).toEqual({ Verkehr: ["a1", "b1"], Grün: ["a2", "b2", "w1"] });
  });

  it("places an idea over where its table put it, and '' takes it out of every group", () => {
    const r = rollUp(evening(canvas({}, { a1: carriedGroupId(A, "ga"), b1: "" })));
    expect(named(r)).toEqual({ Verkehr: [], Grün: ["a1", "a2"] });
  });

  it("puts table groups into a plenary group of the same name", () => {
    const r = rollUp(evening(canvas({ p1: group("p1", "VERKEHR", 1) }, { w1: "p1" })));
    expect(r.groups.map((g) => [g.id, g.name])).toEqual([
      ["p1", "VERKEHR"],
      [carriedGroupId(A, "ga"), "Grün"],
    ]);
    expect(named(r)).toEqual({ VERKEHR: ["a1", "b1", "w1"], Grün: ["a2"] });
  });

  it("renames a carried group, and the same name at other tables stays with it", () => {
    const id = carriedGroupId(A, "va");
    const r = rollUp(evening(canvas({ [id]: group(id, "Mobilität", 5) })));
    expect(r.groups.map((g) => g.name)).toEqual(["Grün", "Mobilität"]);
    expect(named(r)).toEqual({ Mobilität: ["a1", "b1"], Grün: ["a2"] });
  });

  it("takes a removed group and its namesakes off the plenary until one is made again", () => {
    const id = carriedGroupId(A, "va");
    const removed = rollUp(evening(canvas({ [id]: group(id, "Verkehr", 1, { removed: true }) })));
    expect(named(removed)).toEqual({ Grün: ["a2"] });
    const again = rollUp(
      evening(canvas({ [id]: group(id, "Verkehr", 1, { removed: true }), p2: group("p2", "Verkehr", 9) })),
    );
    expect(named(again)).toEqual({ Grün: ["a2"], Verkehr: ["a1", "b1"] });
  });

  it("follows a placement on a group that merged into another", () => {
    // Table B's "Verkehr" went into table A's; a plenary placement on B's still lands there.
    const r = rollUp(evening(canvas({}, { a2: carriedGroupId(B, "vb") })));
    expect(named(r)).toEqual({ Verkehr: ["a1", "a2", "b1"], Grün: [] });
  });

  it("ignores a table's placement of another table's idea and of unknown groups", () => {
    const input = evening();
    input.tables[1] = { id: B, canvas: canvas({ vb: group("vb", "Verkehr", 1) }, { a2: "vb", b2: "nope" }) };
    const r = rollUp(input);
    expect(named(r)).toEqual({ Verkehr: ["a1"], Grün: ["a2"] });
  });

  it("is the plenary canvas itself for a workshop without tables", () => {
    const r = rollUp({
      plenary: canvas({ g: group("g", "Begegnung", 1) }, { w1: "g", gone: "g" }),
      tables: [],
      ideas: [{ id: "w1", tableId: W }],
    });
    expect(r.groups).toEqual([{ id: "g", name: "Begegnung", order: 1 }]);
    expect([...r.placement]).toEqual([["w1", "g"]]);
  });
});
