import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { t } from "../../i18n/i18n.ts";
import type { Outbox } from "../outbox.ts";
import { IdeasSection } from "./IdeaList.tsx";
import { PostSection } from "./PostSection.tsx";
import "../messages.ts";

/** Collecting: what this phase is for is posting; the ideas so far come in live below. */
export function CollectScreen(props: {
  outbox: Outbox;
  postingOpen: boolean;
  onUsed: () => void;
  ideas: readonly BoardDocIdea[];
  revealed: boolean;
}) {
  return (
    <>
      <PostSection
        outbox={props.outbox}
        open={props.postingOpen}
        closedText={t("ws.phone.postingClosed")}
        onUsed={props.onUsed}
      />
      <IdeasSection
        heading={t("ws.phone.ideas")}
        ideas={props.ideas}
        byVotes={props.revealed}
        empty={props.postingOpen ? t("ws.phone.empty") : t("ws.phone.emptyClosed")}
      />
    </>
  );
}
