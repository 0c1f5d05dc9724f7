import type { Board } from "@quer/shared";
import { createSignal, Show } from "solid-js";
import { createForm } from "../app/create-form.ts";
import {
  compact,
  FieldError,
  type FieldErrors,
  FormAlert,
  fieldAria,
  hintId,
  SubmitButton,
  serverFieldErrors,
} from "../app/forms.tsx";
import { locale, t } from "../i18n/i18n.ts";
import { createBoard, updateBoard } from "./board-api.ts";
import { checkBoardForm, createInput, readBoardForm, updateInput } from "./board-form-values.ts";
import { RadioGroup } from "./RadioGroup.tsx";
import "../cowriting/messages.ts";

/**
 * Creates a board, or edits one when `board` is given. Mode and voting are fixed once a
 * board exists (votes already cast depend on them), so they appear only when creating.
 * `prefix` keeps ids unique when both forms are on the page.
 */
export function BoardForm(props: {
  prefix: string;
  board?: Board;
  onDone: (board: Board) => void;
  onCancel?: () => void;
}) {
  const creating = () => props.board === undefined;
  const [votingKind, setVotingKind] = createSignal(props.board?.voting.kind ?? "up");
  const id = (name: string) => `${props.prefix}-${name}`;
  // Errors are keyed by element id, so two forms on one page never share messages.
  const prefixed = (e: FieldErrors): FieldErrors =>
    Object.fromEntries(Object.entries(e).map(([k, v]) => [id(k), v]));
  const { errors, alert, busy, submit } = createForm({
    errorsFor: (error) => prefixed(serverFieldErrors(error, locale())),
  });

  const onSubmit = submit((form) => {
    const values = readBoardForm(form);
    const found = compact(checkBoardForm(values, creating()));
    if (Object.keys(found).length > 0) return prefixed(found);
    const existing = props.board;
    const patch = existing ? updateInput(existing, values) : undefined;
    if (existing && patch && Object.keys(patch).length === 0) return t("manage.nothingChanged");
    return async () => {
      const saved =
        existing && patch ? await updateBoard(existing.id, patch) : await createBoard(createInput(values));
      props.onDone(saved);
    };
  });

  return (
    <form class="form" novalidate onSubmit={onSubmit}>
      <FormAlert message={alert()} />
      <div class="field">
        <label for={id("title")}>{t("manage.field.title")}</label>
        <input
          id={id("title")}
          name="title"
          type="text"
          maxLength={120}
          value={props.board?.title ?? ""}
          {...fieldAria(id("title"), errors())}
        />
        <FieldError field={id("title")} errors={errors()} />
      </div>
      <div class="field">
        <label for={id("description")}>
          {t("manage.field.description")} <span class="optional">{t("field.optional")}</span>
        </label>
        <textarea
          id={id("description")}
          name="description"
          rows={3}
          value={props.board?.description ?? ""}
          {...fieldAria(id("description"), errors())}
        />
        <FieldError field={id("description")} errors={errors()} />
      </div>
      <Show when={creating()}>
        <RadioGroup
          prefix={props.prefix}
          name="mode"
          legend={t("manage.field.mode")}
          value="open"
          options={[
            { value: "open", label: t("manage.mode.open") },
            { value: "workshop", label: t("manage.mode.workshop") },
          ]}
        />
        <RadioGroup
          prefix={props.prefix}
          name="votingKind"
          legend={t("manage.field.voting")}
          value={votingKind()}
          onChange={(v) => setVotingKind(v === "dots" ? "dots" : "up")}
          options={[
            { value: "up", label: t("manage.voting.up") },
            { value: "dots", label: t("manage.voting.dots") },
          ]}
        />
        <Show when={votingKind() === "dots"}>
          <div class="field">
            <label for={id("dots")}>{t("manage.field.dots")}</label>
            <input
              id={id("dots")}
              name="dots"
              type="number"
              inputmode="numeric"
              min={1}
              max={20}
              value={5}
              {...fieldAria(id("dots"), errors())}
            />
            <FieldError field={id("dots")} errors={errors()} />
          </div>
        </Show>
      </Show>
      <RadioGroup
        prefix={props.prefix}
        name="moderation"
        legend={t("manage.field.moderation")}
        value={props.board?.moderation ?? "post"}
        options={[
          { value: "post", label: t("manage.moderation.post") },
          { value: "pre", label: t("manage.moderation.pre") },
        ]}
      />
      <div class="field">
        <label for={id("categories")}>
          {t("manage.field.categories")} <span class="optional">{t("field.optional")}</span>
        </label>
        <p id={hintId(id("categories"))} class="hint">
          {t("manage.field.categories.hint")}
        </p>
        <input
          id={id("categories")}
          name="categories"
          type="text"
          value={props.board?.categories.join(", ") ?? ""}
          {...fieldAria(id("categories"), errors(), true)}
        />
        <FieldError field={id("categories")} errors={errors()} />
      </div>
      <RadioGroup
        prefix={props.prefix}
        name="visibility"
        legend={t("manage.field.visibility")}
        value={props.board?.visibility ?? "public"}
        options={[
          { value: "public", label: t("manage.visibility.public") },
          { value: "private", label: t("manage.visibility.private") },
        ]}
      />
      <RadioGroup
        prefix={props.prefix}
        name="coWriting"
        legend={t("manage.field.coWriting")}
        value={props.board?.coWriting ?? "authors"}
        options={[
          { value: "authors", label: t("manage.coWriting.authors") },
          { value: "residents", label: t("manage.coWriting.residents") },
        ]}
      />
      <div class="field choice-item">
        <input
          id={id("postingOpen")}
          name="postingOpen"
          type="checkbox"
          checked={props.board?.postingOpen ?? true}
        />
        <label for={id("postingOpen")}>{t("manage.field.postingOpen")}</label>
      </div>
      <div class="form-actions">
        <SubmitButton busy={busy()} label={creating() ? t("manage.createSubmit") : t("manage.saveSubmit")} />
        <Show when={props.onCancel}>
          <button type="button" class="button" onClick={() => props.onCancel?.()}>
            {t("manage.cancel")}
          </button>
        </Show>
      </div>
    </form>
  );
}
