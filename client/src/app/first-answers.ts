import type { MeAnswer, Office } from "@quer/shared";
import type { BoardAnswer } from "../boards/board-api.ts";

/** What server/src/boards/page-route.ts embeds in a board page, keyed like its requests. */
interface FirstAnswers {
  /** The answer of `GET /api/me`. */
  me?: MeAnswer;
  /** The answer of `GET /api/boards/:id?first=…` for the board in the address. */
  board?: BoardAnswer;
  /** The office of `GET /api/office`, for the header. */
  office?: Office;
}

let answers: FirstAnswers | undefined;

function read(): FirstAnswers {
  if (answers) return answers;
  answers = {};
  const block = document.getElementById("quer-first");
  try {
    if (block?.textContent) answers = JSON.parse(block.textContent) as FirstAnswers;
  } catch {
    // A damaged block is no answer: the page asks the API as it would without one.
  }
  block?.remove();
  return answers;
}

/**
 * An answer the server put into the page, so the request it stands for need not be
 * made; each is handed out once, as later uses want a fresh answer. Undefined when the
 * page came without one (another page, a board the person may not see, the dev server).
 */
export function takeFirst<K extends keyof FirstAnswers>(key: K): FirstAnswers[K] {
  const all = read();
  const answer = all[key];
  delete all[key];
  return answer;
}
