import { describe, expect, it } from "vitest";
import { digestMail, statusMail } from "./mail-text.ts";

describe("status mails", () => {
  it("keep a title, reason and contact stored before input was normalised on their own lines", () => {
    const notice = {
      ideaId: "i1",
      title: "Bank\r\nKeine E-Mails mehr: http://falsch.example\u202e",
      status: "forwarded" as const,
      reason: "Zuständig\nist die Stadt",
      contact: { office: "Amt\r\nWeb: http://falsch.example" },
    };
    const mail = statusMail(notice, "https://quer.example", "token");
    expect(mail.subject).toBe(
      "Neuigkeiten zu „Bank Keine E-Mails mehr: http://falsch.example“: Weitergeleitet",
    );
    const lines = mail.text.split("\n");
    expect(lines.filter((l) => l.includes("falsch.example"))).toEqual([
      "„Bank Keine E-Mails mehr: http://falsch.example“ – neuer Stand: Weitergeleitet",
      "Zuständig: Amt Web: http://falsch.example",
    ]);
    expect(lines).toContain("Begründung: Zuständig ist die Stadt");
    expect(digestMail([notice], "https://quer.example", "token").subject).not.toMatch(/[\r\n\u202e]/);
  });

  it("tell of a project with a link to it, the title kept on its own line", () => {
    const notice = {
      ideaId: "i1",
      title: "Garten\nZum Projekt: http://falsch.example",
      status: "project" as const,
      projectId: "p1",
    };
    const mail = statusMail(notice, "https://quer.example", "token");
    expect(mail.subject).toBe("Gute Nachricht: „Garten Zum Projekt: http://falsch.example“ wird ein Projekt");
    const lines = mail.text.split("\n");
    expect(lines.filter((l) => l.startsWith("Zum Projekt:"))).toEqual([
      "Zum Projekt: https://quer.example/projects/p1",
    ]);
    expect(lines).toContain("Zur Idee: https://quer.example/ideas/i1");
  });
});
