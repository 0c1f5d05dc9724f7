import { describe, expect, it } from "vitest";
import { exportsDe } from "./messages.de.ts";
import { exportsEn } from "./messages.en.ts";
import { CONTRACT_HEADER, contractTable, type ExportIdea, officeTable, officeTime } from "./tables.ts";

const idea = (over: Partial<ExportIdea> = {}): ExportIdea => ({
  id: "i1",
  boardId: "b1",
  title: "Mehr Bänke",
  body: "",
  kind: "problem",
  category: "Grün",
  status: "forwarded",
  statusReason: "Zuständig ist das Amt",
  statusContact: {
    office: "Grünflächenamt",
    person: "Frau Öz",
    email: "gruen@leimen.example",
    phone: "06224 123",
    url: "https://leimen.example/gruen",
  },
  authorName: "Anna",
  createdAt: "2026-12-04T13:47:10.000Z",
  comments: 2,
  votes: 5,
  coauthorNames: ["Ben", "Cem"],
  ...over,
});

describe("officeTime", () => {
  it("writes the office's local time, in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(officeTime("2026-12-04T13:47:10.000Z", exportsDe)).toBe("04.12.2026 14:47");
    expect(officeTime("2026-07-01T13:47:00.000Z", exportsDe)).toBe("01.07.2026 15:47");
  });

  it("follows the clock change: the last hour of winter time and the first of summer time", () => {
    // 29 March 2026: at 01:00 UTC the clocks go from 02:00 to 03:00.
    expect(officeTime("2026-03-29T00:59:00.000Z", exportsDe)).toBe("29.03.2026 01:59");
    expect(officeTime("2026-03-29T01:00:00.000Z", exportsDe)).toBe("29.03.2026 03:00");
    // 25 October 2026: at 01:00 UTC the clocks go back from 03:00 to 02:00.
    expect(officeTime("2026-10-25T00:30:00.000Z", exportsDe)).toBe("25.10.2026 02:30");
    expect(officeTime("2026-10-25T01:30:00.000Z", exportsDe)).toBe("25.10.2026 02:30");
  });

  it("moves past midnight into the next day and year where Berlin already is", () => {
    expect(officeTime("2026-12-31T23:30:00.000Z", exportsDe)).toBe("01.01.2027 00:30");
    expect(officeTime("2026-12-31T23:30:00.000Z", exportsEn)).toBe("2027-01-01 00:30");
  });
});

describe("officeTable", () => {
  it("has German headers and values, the contact's parts and the co-authors each in a column", () => {
    const table = officeTable([idea()], exportsDe);
    const row = Object.fromEntries(table.header.map((h, n) => [h, table.rows[0]?.[n]]));
    expect(row).toEqual({
      ID: "i1",
      Titel: "Mehr Bänke",
      Art: "Problem",
      Kategorie: "Grün",
      Status: "Weitergeleitet",
      Begründung: "Zuständig ist das Amt",
      Stimmen: 5,
      Kommentare: 2,
      "Erstellt am": "04.12.2026 14:47",
      Von: "Anna",
      Mitschreibende: "Ben, Cem",
      "Weitergeleitet an": "Grünflächenamt",
      Ansprechperson: "Frau Öz",
      "E-Mail": "gruen@leimen.example",
      Telefon: "06224 123",
      Webseite: "https://leimen.example/gruen",
    });
  });

  it("leaves the cells of what an idea does not have empty", () => {
    const plain = idea({
      kind: "idea",
      status: "accepted",
      statusReason: undefined,
      statusContact: undefined,
      coauthorNames: [],
      votes: undefined,
    });
    const [row] = officeTable([plain], exportsDe).rows;
    expect(row?.slice(2, 7)).toEqual(["Idee", "Grün", "Angenommen", null, 0]);
    expect(row?.slice(10)).toEqual([null, null, null, null, null, null]);
  });

  it("speaks English from the English catalogue", () => {
    const table = officeTable([idea()], exportsEn);
    expect(table.header.slice(0, 3)).toEqual(["ID", "Title", "Kind"]);
    expect(table.rows[0]?.slice(2, 5)).toEqual(["Problem", "Grün", "Forwarded"]);
    expect(table.rows[0]?.[8]).toBe("2026-12-04 14:47");
  });
});

describe("contractTable", () => {
  it("keeps the contract's header and stored values, times in ISO UTC", () => {
    expect(CONTRACT_HEADER.join(",")).toBe(
      "id,title,kind,category,status,status_reason,votes,comments,created_at,author",
    );
    const table = contractTable([idea()]);
    expect(table.header).toBe(CONTRACT_HEADER);
    expect(table.rows).toEqual([
      [
        "i1",
        "Mehr Bänke",
        "problem",
        "Grün",
        "forwarded",
        "Zuständig ist das Amt",
        5,
        2,
        "2026-12-04T13:47:10.000Z",
        "Anna",
      ],
    ]);
  });
});
