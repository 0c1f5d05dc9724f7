import type { BoardRenderInput, RenderBoard } from "@quer/shared/boards/first-render";
import { boardCards } from "@quer/shared/ideas/card";
import { Route, Router } from "@solidjs/router";
import { renderToString } from "solid-js/web";
import { Layout } from "../app/Layout.tsx";
import { renderFor } from "../auth/session.ts";
import type { Catalogue } from "../i18n/de.ts";
import { dirOf, isLocale, type Locale, renderIn } from "../i18n/i18n.ts";
import { renderWithOffice } from "../office/office.ts";
import { createVotes } from "../votes/vote-state.ts";
import { BoardContent } from "./BoardContent.tsx";

// Loaded as the browser loads them, so the browser's build keeps each language in a chunk of its own.
const others: Partial<Record<Locale, Catalogue>> = {
  "de-x-ls": (await import("../i18n/ls.ts")).ls,
  en: (await import("../i18n/en.ts")).en,
  tr: (await import("../i18n/tr.ts")).tr,
  ar: (await import("../i18n/ar.ts")).ar,
  uk: (await import("../i18n/uk.ts")).uk,
  ru: (await import("../i18n/ru.ts")).ru,
};

function ServerBoard(props: { input: BoardRenderInput }) {
  const answer = props.input.board;
  const votes = createVotes();
  votes.seed(answer.ideas);
  const cards = boardCards(answer.ideas, [], false);
  return (
    <BoardContent
      source={{
        id: answer.board.id,
        answer: () => answer,
        failure: () => undefined,
        meta: () => ({}),
        cards: () => cards,
        votes,
      }}
    />
  );
}

/**
 * The first view of a board page, rendered on the server (the build bundles this file
 * for Node): the page's layout and its first cards from the answer the page embeds, as
 * the browser's app shows them before its live document has arrived. The app replaces
 * it once its scripts have run (client/src/app/server-view.ts).
 */
export const renderBoard: RenderBoard = (input) => {
  const locale: Locale = isLocale(input.locale) ? input.locale : "de";
  renderIn(locale, others[locale]);
  renderFor(input.me.user, input.me.blocked);
  renderWithOffice(input.office);
  try {
    const html = renderToString(() => (
      <Router url={input.url} root={Layout}>
        <Route path="/boards/:id" component={() => <ServerBoard input={input} />} />
      </Router>
    ));
    return { html, locale, dir: dirOf(locale) };
  } finally {
    renderFor(undefined);
    renderWithOffice(undefined);
    renderIn("de");
  }
};
