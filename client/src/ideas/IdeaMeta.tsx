import type { IdeaKind, IdeaStatus } from "@quer/shared";
import { Show } from "solid-js";
import { formatDateTime, formatList, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { Pictogram } from "../look/Pictogram.tsx";
import { categoryPictogram } from "../look/pictograms.ts";
import { kindLabel, statusLabel } from "./labels.ts";

/**
 * Kind, status, category, author and date: the same line on cards and the idea page,
 * which also names who writes along.
 */
export function IdeaMeta(props: {
  kind: IdeaKind;
  status: IdeaStatus;
  category: string | null;
  authorName: string;
  coauthors?: readonly string[] | undefined;
  createdAt: string;
}) {
  return (
    <ul class="idea-meta">
      <li class="badge" data-kind={props.kind}>
        <Pictogram name={props.kind} />
        {kindLabel(props.kind)}
      </li>
      <li class="badge badge-status" data-status={props.status}>
        {t("idea.statusLabel", { status: statusLabel(props.status) })}
      </li>
      <Show when={props.category}>
        {(category) => (
          <li class="badge badge-category">
            <Pictogram name={categoryPictogram(category())} />
            {category()}
          </li>
        )}
      </Show>
      <li>
        {props.coauthors?.length
          ? t("idea.byWith", { name: props.authorName, others: formatList(props.coauthors) })
          : t("idea.by", { name: props.authorName })}
      </li>
      <li>
        <time datetime={props.createdAt} title={formatDateTime(props.createdAt)}>
          {formatWhen(props.createdAt)}
        </time>
      </li>
    </ul>
  );
}
