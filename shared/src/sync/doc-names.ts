/** Document names (contract): one y-websocket room per name. */
export const docKinds = ["board", "idea", "project", "canvas", "inbox", "desk"] as const;
export type DocKind = (typeof docKinds)[number];

export interface DocRef {
  kind: DocKind;
  id: string;
  name: string;
}

const ID = /^[a-z0-9]{8,40}$/;

/** The desk has one document, for every manager: `desk:managers`. */
export const DESK_DOC = "desk:managers";

export function docName(kind: DocKind, id: string): string {
  return `${kind}:${id}`;
}

/** Parses `kind:id`; anything else (unknown kind, odd characters, extra parts) is null. */
export function parseDocName(name: string): DocRef | null {
  const colon = name.indexOf(":");
  if (colon < 0) return null;
  const kind = name.slice(0, colon);
  const id = name.slice(colon + 1);
  if (!(docKinds as readonly string[]).includes(kind) || !ID.test(id)) return null;
  if (kind === "desk" && name !== DESK_DOC) return null;
  return { kind: kind as DocKind, id, name };
}

/** Documents only the server writes; clients read them. */
export function isServerWritten(kind: DocKind): boolean {
  return kind === "board" || kind === "inbox" || kind === "desk";
}
