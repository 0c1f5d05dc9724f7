import type { AuditEntry } from "@quer/shared";
import type { MessageKey } from "../i18n/de.ts";
import type { Params } from "../i18n/i18n.ts";
import "./messages.ts";

export type Translate = (key: MessageKey, params?: Params) => string;

type Fields = Record<string, unknown>;

const QUOTE_LENGTH = 80;

function fields(value: unknown): Fields {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

const statusKeys: Record<string, MessageKey> = {
  new: "idea.status.new",
  reviewing: "idea.status.reviewing",
  accepted: "idea.status.accepted",
  project: "idea.status.project",
  done: "idea.status.done",
  declined: "idea.status.declined",
  forwarded: "idea.status.forwarded",
};

const phaseKeys: Record<string, MessageKey> = {
  collect: "moderation.audit.phase.collect",
  cluster: "moderation.audit.phase.cluster",
  vote: "moderation.audit.phase.vote",
  results: "moderation.audit.phase.results",
};

/**
 * An audit entry's details as short sentences ("Status: Neu → Angenommen"), in the
 * reader's language. Entries keep what their action wrote (`before`, `after`, `reason`);
 * a value this module does not know is shown as plain text, never as JSON.
 */
export function auditDetails(
  entry: Pick<AuditEntry, "action" | "reason" | "before" | "after" | "names">,
  t: Translate,
): string[] {
  const before = fields(entry.before);
  const after = fields(entry.after);
  const lines: string[] = [];
  const named = (value: unknown) =>
    value === undefined || value === null || value === ""
      ? t("moderation.audit.detail.none")
      : plain(value, t);
  const status = (value: unknown) => {
    const key = typeof value === "string" ? statusKeys[value] : undefined;
    return key ? t(key) : named(value);
  };
  const phase = (value: unknown) => {
    const key = typeof value === "string" ? phaseKeys[value] : undefined;
    return key ? t(key) : named(value);
  };
  const yesNo = (value: unknown) => t(value ? "moderation.audit.detail.yes" : "moderation.audit.detail.no");
  const ideaName = (id: unknown) =>
    typeof id === "string"
      ? (entry.names?.[id] ?? t("moderation.unknownIdea"))
      : t("moderation.audit.detail.none");

  switch (entry.action) {
    case "idea.status": {
      lines.push(
        t("moderation.audit.detail.status", { from: status(before.status), to: status(after.status) }),
      );
      const contact = fields(after.contact);
      if (typeof contact.office === "string") {
        const who = [contact.office, contact.person].filter((v) => typeof v === "string" && v).join(", ");
        lines.push(t("moderation.audit.detail.contact", { contact: who }));
      }
      break;
    }
    case "idea.restore":
      if (typeof before.reason === "string" && before.reason) {
        lines.push(t("moderation.audit.detail.hiddenFor", { reason: before.reason }));
      }
      break;
    case "idea.edit":
      if (typeof after.title === "string") {
        lines.push(
          t("moderation.audit.detail.title", {
            from: quote(String(before.title ?? "")),
            to: quote(after.title),
          }),
        );
      }
      if (typeof after.body === "string") lines.push(t("moderation.audit.detail.body"));
      if (typeof after.commentsLocked === "boolean") {
        lines.push(
          t(
            after.commentsLocked
              ? "moderation.audit.detail.commentsLocked"
              : "moderation.audit.detail.commentsOpen",
          ),
        );
      }
      break;
    case "idea.text.restore":
      lines.push(
        t("moderation.audit.detail.textLength", {
          from: Number(before.bodyLength ?? 0),
          to: Number(after.bodyLength ?? 0),
        }),
      );
      break;
    case "idea.merge":
      lines.push(t("moderation.audit.detail.mergedInto", { title: ideaName(after.mergedInto) }));
      lines.push(
        t("moderation.audit.detail.votes", {
          moved: Number(after.votesMoved ?? 0),
          dropped: Number(after.votesDropped ?? 0),
        }),
      );
      break;
    case "idea.unmerge":
      lines.push(t("moderation.audit.detail.wasMergedInto", { title: ideaName(before.mergedInto) }));
      break;
    case "report.dismiss":
      lines.push(t("moderation.audit.detail.dismissed", { n: Number(after.dismissed ?? 0) }));
      break;
    case "workshop.start":
      lines.push(t("moderation.audit.detail.phaseStart", { phase: phase(after.phase) }));
      break;
    case "workshop.phase":
      lines.push(t("moderation.audit.detail.phase", { from: phase(before.phase), to: phase(after.phase) }));
      break;
    case "workshop.table":
      lines.push(t("moderation.audit.detail.table", { title: named(after.title) }));
      break;
    case "workshop.settings":
      if ("participantCanvas" in after) {
        lines.push(t("moderation.audit.detail.participantCanvas", { value: yesNo(after.participantCanvas) }));
      }
      if ("postingOpen" in after)
        lines.push(t("moderation.audit.detail.postingOpen", { value: yesNo(after.postingOpen) }));
      if (typeof after.retentionDays === "number") {
        lines.push(t("moderation.audit.detail.retention", { n: after.retentionDays }));
      }
      break;
    case "office.update":
      if (before.name !== after.name) {
        lines.push(
          t("moderation.audit.detail.officeName", { from: named(before.name), to: named(after.name) }),
        );
      }
      if (before.logoAlt !== after.logoAlt) {
        lines.push(
          t("moderation.audit.detail.logoAlt", { from: named(before.logoAlt), to: named(after.logoAlt) }),
        );
      }
      break;
    // The action's name says all there is: approve, hide (its reason above), comments, blocking, reveal, end.
    default:
      break;
  }
  if (entry.reason) lines.push(t("moderation.audit.detail.reason", { reason: entry.reason }));
  return lines;
}

/** A stored value as a reader would write it: text as it is, lists by commas, no braces. */
function plain(value: unknown, t: Translate): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean")
    return t(value ? "moderation.audit.detail.yes" : "moderation.audit.detail.no");
  if (Array.isArray(value)) return value.map((v) => plain(v, t)).join(", ");
  if (value && typeof value === "object") {
    return Object.values(value)
      .filter((v) => v !== null && v !== undefined)
      .map((v) => plain(v, t))
      .join(", ");
  }
  return t("moderation.audit.detail.none");
}
