import { A, useNavigate, useParams } from "@solidjs/router";
import {
  type Accessor,
  createEffect,
  createResource,
  createSignal,
  lazy,
  on,
  Show,
  Suspense,
} from "solid-js";
import type { ApiError } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { may } from "../auth/may.ts";
import { user } from "../auth/session.ts";
import { fetchBoard } from "../boards/board-api.ts";
import { CoauthorsPanel } from "../cowriting/CoauthorsPanel.tsx";
import { t, tn } from "../i18n/i18n.ts";
import { IdeaManagerTools, privateNoteOf, ReportIdea } from "../moderation/IdeaDesk.tsx";
import { StatusAnswer, StatusHistory } from "../moderation/StatusAnswer.tsx";
import { PromoteButton } from "../projects/PromoteButton.tsx";
import { VoteButton } from "../votes/VoteButton.tsx";
import { createVotes } from "../votes/vote-state.ts";
import { IdeaMeta } from "./IdeaMeta.tsx";
import { fetchIdeaAnswer, type IdeaAnswer } from "./idea-api.ts";
import { openLiveIdea } from "./live-idea.ts";
import "../projects/messages.ts";

// The live text (Yjs, offline store) and the comments load after the page itself.
const IdeaText = lazy(() => import("../cowriting/IdeaText.tsx"));
const Comments = lazy(() => import("../comments/Comments.tsx"));

export default function IdeaPage() {
  const params = useParams<{ id: string }>();
  // Signing in or out changes `mine` and what this person may see.
  const source = () => (user() === undefined ? false : { id: params.id, who: user()?.id ?? "" });
  const [idea, { refetch }] = createResource(source, ({ id }) => fetchIdeaAnswer(id));
  // Reading a failed resource throws; failures show through `idea.error`.
  const page = () => (idea.error ? undefined : idea.latest);
  // An idea that was on screen and is no longer there for this person (hidden, say).
  createEffect(
    on(page, (now, before) => {
      if (before && !now && (idea.error as ApiError | undefined)?.status === 404)
        announce(t("idea.live.gone"));
    }),
  );

  return (
    <PageLoad
      data={page()}
      failure={idea.error as ApiError | undefined}
      errorTitle={t("idea.loadError")}
      back={{ href: "/", label: t("app.toBoards") }}
    >
      {(answer) => (
        // Its board's live document; a move to another board is a new socket.
        <Show when={answer().idea.boardId} keyed>
          {(boardId) => <IdeaView boardId={boardId} answer={answer} refetch={() => void refetch()} />}
        </Show>
      )}
    </PageLoad>
  );
}

function IdeaView(props: { boardId: string; answer: Accessor<IdeaAnswer>; refetch: () => void }) {
  const navigate = useNavigate();
  // The title as it is being co-written; the HTTP answer's until the live text is there.
  const [liveTitle, setLiveTitle] = createSignal<string>();
  const votes = createVotes();
  createEffect(
    on(
      () => props.answer().idea,
      (i) => votes.seed([i]),
    ),
  );
  const live = openLiveIdea({ boardId: props.boardId, answer: props.answer, refetch: props.refetch, votes });
  const i = live.idea;
  // The board says how votes are cast (one up-vote or dots); until its document has said
  // so, its answer does (none of its ideas are needed).
  const [board] = createResource(
    () => props.boardId,
    (id) => fetchBoard(id, { first: 1 }),
  );
  const votingKind = () =>
    live.votingKind() ?? (board.error ? undefined : board.latest)?.board.voting.kind ?? "up";
  const canEdit = () => props.answer().canEdit;

  return (
    <article class="idea-page" aria-labelledby="idea-title">
      <p>
        <A href={`/boards/${i().boardId}`} class="target-link">
          <span class="back-arrow" aria-hidden="true">
            ←
          </span>{" "}
          {t("idea.back")}
        </A>
      </p>
      <PageHeading own id="idea-title" text={liveTitle()?.trim() || i().title} />
      <Show when={privateNoteOf(i())}>{(note) => <p class="private-note">{note()}</p>}</Show>
      <IdeaMeta
        kind={i().kind}
        status={i().status}
        category={i().category}
        authorName={i().authorName}
        coauthors={live.coauthors()}
        createdAt={i().createdAt}
      />
      {/* A new permission is a new socket: remount the live text when it changes. */}
      <Show when={`${canEdit()}`} keyed>
        {(_k) => (
          <Suspense
            fallback={
              <div class="idea-body">
                <p>{i().body || t("idea.noBody")}</p>
              </div>
            }
          >
            <IdeaText
              ideaId={i().id}
              canEdit={canEdit()}
              meId={user()?.id}
              title={i().title}
              body={i().body}
              onTitle={setLiveTitle}
              onWriteLost={props.refetch}
            />
          </Suspense>
        )}
      </Show>
      <Show when={props.answer().canManageCoauthors}>
        <CoauthorsPanel
          ideaId={i().id}
          authorName={i().authorName}
          coauthors={props.answer().coauthors}
          onChange={() => Promise.resolve(props.refetch())}
        />
      </Show>
      <Show when={i().projectId}>
        {(projectId) => (
          <p class="project-link">
            <A href={`/projects/${projectId()}`}>{t("project.fromIdea")}</A>
          </p>
        )}
      </Show>
      <Show when={may("moderation.desk", null) && !i().projectId && !i().moderation && !i().hidden}>
        <PromoteButton ideaId={i().id} onDone={(id) => navigate(`/projects/${id}`)} />
      </Show>
      <StatusAnswer idea={i()} />
      <div class="idea-footer">
        <VoteButton
          votes={votes.votesOf(i().id, i().votes)}
          pressed={votes.isMine(i().id)}
          describedBy="idea-title"
          canVote={!i().moderation && !i().hidden}
          onToggle={() => votes.toggle(i().id, votingKind(), i().votes)}
        />
        <Show when={i().comments > 0}>
          <p>{tn("idea.comments", i().comments)}</p>
        </Show>
      </div>
      <StatusHistory steps={i().statusHistory} />
      <ReportIdea idea={i()} />
      <IdeaManagerTools idea={i()} onChange={props.refetch} />
      <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
        <Comments ideaId={i().id} locked={i().commentsLocked} count={i().comments} />
      </Suspense>
    </article>
  );
}
