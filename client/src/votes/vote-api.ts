import { call, seg, server } from "../api/client.ts";

const vote = server.ideas[":id"].vote;

/** Up-voting boards take no body; dot boards set this person's dots on the idea. */
export function castVote(ideaId: string, kind: "up" | "dots") {
  return call(vote.$put({ param: { id: seg(ideaId) }, json: kind === "dots" ? { dots: 1 } : undefined }));
}

export function withdrawVote(ideaId: string) {
  return call(vote.$delete({ param: { id: seg(ideaId) } }));
}
