import { createSignal } from "solid-js";
import { FormAlert, formErrorText } from "../app/forms.tsx";
import { t } from "../i18n/i18n.ts";
import { promoteIdea } from "./project-api.ts";

/** The manager turns an idea into a project the neighbourhood plans together. */
export function PromoteButton(props: { ideaId: string; onDone: (projectId: string) => void }) {
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const promote = async () => {
    if (busy()) return;
    setBusy(true);
    setAlert(undefined);
    try {
      const project = await promoteIdea(props.ideaId);
      props.onDone(project.id);
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="promote">
      <FormAlert message={alert()} />
      <button type="button" class="button button-primary" aria-disabled={busy()} onClick={promote}>
        {busy() ? t("auth.busy") : t("project.promote")}
      </button>
    </div>
  );
}
