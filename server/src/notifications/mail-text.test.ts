import { describe, expect, it } from "vitest";
import { digestMail, statusMail } from "./mail-text.ts";
import { noticesEn } from "./messages.en.ts";
import { noticesTr } from "./messages.tr.ts";

describe("status mails", () => {
  it("keep a title, reason and contact stored before input was normalised on their own lines", () => {
    const notice = {
      ideaId: "i1",
      title: "Bank\r\nKeine E-Mails mehr: http://falsch.example\u202e",
      status: "forwarded" as const,
      reason: "Zuständig\nist die Stadt",
      contact: { office: "Amt\r\nWeb: http://falsch.example" },
    };
    const mail = statusMail(notice, "https://quer.example", "token", "de");
    expect(mail.subject).toBe(
      "Neuigkeiten zu „Bank Keine E-Mails mehr: http://falsch.example“: Weitergeleitet",
    );
    const lines = mail.text.split("\n");
    expect(lines.filter((l) => l.includes("falsch.example"))).toEqual([
      "„Bank Keine E-Mails mehr: http://falsch.example“ – neuer Stand: Weitergeleitet",
      "Zuständig: Amt Web: http://falsch.example",
    ]);
    expect(lines).toContain("Begründung: Zuständig ist die Stadt");
    expect(
      digestMail([notice], "https://quer.example", "token", "de", Date.UTC(2026, 11, 6, 12)).subject,
    ).not.toMatch(/[\r\n\u202e]/);
  });

  it("tell of a project with a link to it, the title kept on its own line", () => {
    const notice = {
      ideaId: "i1",
      title: "Garten\nZum Projekt: http://falsch.example",
      status: "project" as const,
      projectId: "p1",
    };
    const mail = statusMail(notice, "https://quer.example", "token", "de");
    expect(mail.subject).toBe("Gute Nachricht: „Garten Zum Projekt: http://falsch.example“ wird ein Projekt");
    const lines = mail.text.split("\n");
    expect(lines.filter((l) => l.startsWith("Zum Projekt:"))).toEqual([
      "Zum Projekt: https://quer.example/projects/p1",
    ]);
    expect(lines).toContain("Zur Idee: https://quer.example/ideas/i1");
  });
});

describe("mails in the reader's language", () => {
  const notice = {
    ideaId: "i1",
    title: "Bank am Spielplatz",
    status: "declined" as const,
    reason: "Kein Platz",
  };

  it("write a status mail from the English catalogue, and the Turkish one from its own", () => {
    const en = statusMail(notice, "https://quer.example", "token", "en");
    expect(en.subject).toBe(noticesEn.statusSubject("Bank am Spielplatz", noticesEn.status.declined));
    expect(en.text.split("\n")).toEqual(
      expect.arrayContaining([
        noticesEn.greeting,
        noticesEn.newStatus("Bank am Spielplatz", noticesEn.status.declined),
        noticesEn.reason("Kein Platz"),
        noticesEn.footer.stop("https://quer.example/unsubscribe/token"),
      ]),
    );
    expect(en.text).not.toMatch(/Hallo|Begründung|Abgelehnt/);
    const tr = statusMail(notice, "https://quer.example", "token", "tr");
    expect(tr.text).toContain(noticesTr.newStatus("Bank am Spielplatz", noticesTr.status.declined));
  });

  it("date a digest through Intl in the office's time zone", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Berlin.
    const at = Date.UTC(2026, 11, 31, 23, 30);
    const de = digestMail([notice, { ...notice, ideaId: "i2" }], "https://quer.example", "t", "de", at);
    expect(de.text).toContain("das hat sich am 1. Januar 2027 bei den Ideen getan");
    expect(de.subject).toBe("Neuigkeiten zu 2 Ideen aus deinem Viertel");
    const en = digestMail([notice], "https://quer.example", "t", "en", at);
    expect(en.text).toContain(noticesEn.digest.intro("January 1, 2027"));
    expect(en.subject).toBe(noticesEn.digest.subjectOne("Bank am Spielplatz"));
  });
});
