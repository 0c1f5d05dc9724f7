import { t } from "../i18n/i18n.ts";
import "./messages.ts";

/**
 * Download links for a board's public ideas. Plain links: the browser sends the session
 * cookie (and the language cookie, so the table speaks the reader's language) and saves
 * the file under the name the server gives it: each download has its own.
 */
export function BoardExports(props: { board: { id: string; title: string } }) {
  const base = () => `/api/boards/${encodeURIComponent(props.board.id)}`;
  // Each link is described by its board, so a list of links read out of context stays clear.
  const labelId = () => `export-${props.board.id}`;
  const hintId = () => `export-hint-${props.board.id}`;
  return (
    <div class="exports">
      <p id={labelId()} class="exports-label">
        {t("moderation.export.label")}
        <span class="visually-hidden"> {props.board.title}</span>
      </p>
      <ul class="exports-list">
        <li>
          <a
            href={`${base()}/export.csv?format=office`}
            download=""
            aria-describedby={`${labelId()} ${hintId()}`}
          >
            {t("moderation.export.office")}
          </a>
        </li>
        <li>
          <a href={`${base()}/export.csv?format=contract`} download="" aria-describedby={labelId()}>
            {t("moderation.export.contract")}
          </a>
        </li>
        <li>
          <a href={`${base()}/export.json`} download="" aria-describedby={labelId()}>
            {t("moderation.export.json")}
          </a>
        </li>
      </ul>
      <p id={hintId()} class="exports-hint">
        {t("moderation.export.officeHint")}
      </p>
    </div>
  );
}
