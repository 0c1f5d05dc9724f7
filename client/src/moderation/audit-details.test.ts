import { describe, expect, it } from "vitest";
import { t } from "../i18n/i18n.ts";
import { auditDetails } from "./audit-details.ts";
import "./messages.ts";

describe("auditDetails", () => {
  it("tells a status change in words, with its reason and contact", () => {
    expect(
      auditDetails(
        {
          action: "idea.status",
          reason: "Liegt beim Bezirksamt.",
          before: { status: "new", reason: null, contact: null },
          after: {
            status: "forwarded",
            reason: "Liegt beim Bezirksamt.",
            contact: { office: "Grünflächenamt", person: "Frau Ay" },
          },
        },
        t,
      ),
    ).toEqual([
      "Status: Neu → Weitergeleitet",
      "Weitergeleitet an: Grünflächenamt, Frau Ay",
      "Begründung: Liegt beim Bezirksamt.",
    ]);
  });

  it("tells what of the office's name and logo description changed", () => {
    expect(
      auditDetails(
        {
          action: "office.update",
          before: { name: null, logoAlt: "Logo" },
          after: { name: "QUER Leimen", logoAlt: "Logo" },
        },
        t,
      ),
    ).toEqual(["Name: – → QUER Leimen"]);
  });

  it("names the other idea of a merge by its title", () => {
    expect(
      auditDetails(
        {
          action: "idea.merge",
          before: { mergedInto: null },
          after: { mergedInto: "i2", votesMoved: 3, votesDropped: 1 },
          names: { i2: "Bank am Brunnen" },
        },
        t,
      ),
    ).toEqual(["Zusammengeführt mit: „Bank am Brunnen“", "Stimmen übertragen: 3, doppelt und entfallen: 1"]);
  });

  it("says the idea is unknown when the merged one is gone", () => {
    expect(
      auditDetails(
        { action: "idea.unmerge", before: { mergedInto: "gone" }, after: { mergedInto: null } },
        t,
      ),
    ).toEqual(["War zusammengeführt mit: „(unbekannte Idee)“"]);
  });

  it("tells workshop phases and settings in words", () => {
    expect(
      auditDetails({ action: "workshop.phase", before: { phase: "collect" }, after: { phase: "vote" } }, t),
    ).toEqual(["Phase: Sammeln → Punkten"]);
    expect(
      auditDetails({ action: "workshop.settings", after: { postingOpen: false, retentionDays: 30 } }, t),
    ).toEqual(["Beiträge möglich: nein", "Namen der Gäste löschen nach 30 Tagen"]);
  });

  it("shows an edit's title change and only says the text changed", () => {
    expect(
      auditDetails(
        {
          action: "idea.edit",
          before: { title: "Bank", body: "alt" },
          after: { title: "Bank am Park", body: "neu", commentsLocked: true },
        },
        t,
      ),
    ).toEqual(["Titel: „Bank“ → „Bank am Park“", "Text geändert", "Kommentare geschlossen"]);
  });

  it("writes nothing for actions whose name says it all, and never JSON", () => {
    expect(
      auditDetails({ action: "person.unblock", before: { blocked: true }, after: { blocked: false } }, t),
    ).toEqual([]);
    const odd = auditDetails(
      { action: "idea.status", before: { status: { weird: ["a", 1] } }, after: { status: "done" } },
      t,
    );
    expect(odd.join(" ")).not.toMatch(/[{}[\]"]/);
  });
});
