import type { Comment } from "@quer/shared";
import { createSignal, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { may } from "../auth/may.ts";
import { user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { reportComment } from "./moderation-api.ts";
import { ReasonAction } from "./ReasonAction.tsx";
import "./messages.ts";

/** Any signed-in person can tell the office about a comment that breaks the rules. */
export function ReportComment(props: { comment: Comment }) {
  const [sent, setSent] = createSignal(false);
  const id = () => `comment-${props.comment.id}-report`;
  return (
    <Show when={user() && !may("moderation.desk", null) && !props.comment.own}>
      <Show
        when={!sent()}
        fallback={
          <p id={`${id()}-sent`} class="report-sent" tabIndex={-1}>
            {t("moderation.report.sentShort")}
          </p>
        }
      >
        <ReasonAction
          id={id()}
          button={
            <>
              {t("moderation.report.button")}
              <span class="visually-hidden">
                {" "}
                {t("moderation.report.commentBy", { name: props.comment.authorName })}
              </span>
            </>
          }
          label={t("moderation.report.reasonComment")}
          hint={t("moderation.report.hint")}
          submit={t("moderation.report.submit")}
          onSubmit={async (reason) => {
            await reportComment(props.comment.id, reason);
            announce(t("moderation.report.sent"));
            setSent(true);
            queueMicrotask(() => document.getElementById(`${id()}-sent`)?.focus());
          }}
        />
      </Show>
    </Show>
  );
}
