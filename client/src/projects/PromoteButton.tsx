import { createForm } from "../app/create-form.ts";
import { FormAlert } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { promoteIdea } from "./project-api.ts";
import "./messages.ts";

/** The manager turns an idea into a project the neighbourhood plans together. */
export function PromoteButton(props: { ideaId: string; onDone: (projectId: string) => void }) {
  const { alert, busy, run } = createForm();
  const promote = () =>
    run(async () => {
      const project = await promoteIdea(props.ideaId);
      props.onDone(project.id);
    });
  return (
    <div class="promote">
      <FormAlert message={alert()} />
      <button type="button" class="button button-primary" aria-disabled={busy()} onClick={promote}>
        {busy() ? t("auth.busy") : t("project.promote")}
      </button>
    </div>
  );
}
