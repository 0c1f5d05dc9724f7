import { t } from "../i18n/i18n.ts";
import "./messages.ts";

/**
 * Download links for a board's public ideas. Plain links: the browser sends the session
 * cookie and saves the file the server names. Semicolons are what a German Excel reads.
 */
export function BoardExports(props: { board: { id: string; title: string } }) {
  const base = () => `/api/boards/${encodeURIComponent(props.board.id)}`;
  // Each link is described by its board, so a list of links read out of context stays clear.
  const labelId = () => `export-${props.board.id}`;
  return (
    <div class="exports">
      <p id={labelId()} class="exports-label">
        {t("moderation.export.label")}
        <span class="visually-hidden"> {props.board.title}</span>
      </p>
      <ul class="exports-list">
        <li>
          <a href={`${base()}/export.csv?sep=%3B`} download="" aria-describedby={labelId()}>
            {t("moderation.export.csvExcel")}
          </a>
        </li>
        <li>
          <a href={`${base()}/export.csv`} download="" aria-describedby={labelId()}>
            {t("moderation.export.csv")}
          </a>
        </li>
        <li>
          <a href={`${base()}/export.json`} download="" aria-describedby={labelId()}>
            {t("moderation.export.json")}
          </a>
        </li>
      </ul>
    </div>
  );
}
