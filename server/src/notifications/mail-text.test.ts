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
});
