import { createSignal } from "solid-js";
import { t } from "../../i18n/i18n.ts";
import { updateWorkshop } from "../workshop-api.ts";
import { type Facilitation, Panel } from "./context.tsx";
import "../messages.ts";

/** Posting, participants on the canvas, and how long guests' names are kept. */
export function SettingsPanel(props: { f: Facilitation }) {
  const f = props.f;
  const [retention, setRetention] = createSignal<string>();
  const save = (input: Parameters<typeof updateWorkshop>[1]) =>
    f.run("settings", () => updateWorkshop(f.id, input), t("ws.fac.saved"));
  const saveRetention = (e: SubmitEvent) => {
    e.preventDefault();
    const days = Number(retention() ?? f.session()?.retentionDays ?? 30);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      f.setAlert("settings", t("error.invalid"));
      return;
    }
    void save({ retentionDays: days });
  };
  return (
    <Panel id="ws-settings" title={t("ws.fac.settings")} alert={f.alert("settings")}>
      <div class="choice-item">
        <input
          id="ws-posting"
          type="checkbox"
          checked={f.board().postingOpen}
          onChange={(e) => void save({ postingOpen: e.currentTarget.checked })}
        />
        <label for="ws-posting">{t("ws.fac.postingOpen")}</label>
      </div>
      <div class="choice-item">
        <input
          id="ws-canvas-open"
          type="checkbox"
          checked={f.board().participantCanvas}
          onChange={(e) => void save({ participantCanvas: e.currentTarget.checked })}
        />
        <label for="ws-canvas-open">{t("ws.fac.participantCanvas")}</label>
      </div>
      <form class="ws-inline-form" onSubmit={saveRetention}>
        <label for="ws-retention">{t("ws.fac.retention")}</label>
        <input
          id="ws-retention"
          type="number"
          min="1"
          max="365"
          value={retention() ?? String(f.session()?.retentionDays ?? 30)}
          onInput={(e) => setRetention(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("ws.fac.retentionSave")}
        </button>
      </form>
    </Panel>
  );
}
