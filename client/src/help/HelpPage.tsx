import { A } from "@solidjs/router";
import { For } from "solid-js";
import { PageHeading } from "../app/PageHeading.tsx";
import { t } from "../i18n/i18n.ts";
import "./messages.ts";
import "./help.css";
import { GUEST_STEPS, type HelpStep, PICTURE_WIDTH, pictureUrl, RESIDENT_STEPS } from "./pictures.ts";

/** One step: what to do, in a few short sentences, and a picture of the app doing it. */
function Step(props: { step: HelpStep }) {
  const id = `schritt-${props.step}`;
  return (
    <li class="help-step" aria-labelledby={id}>
      <div>
        <h3 id={id}>{t(`help.${props.step}.heading`)}</h3>
        <p>{t(`help.${props.step}.text`)}</p>
      </div>
      <img
        class="help-picture"
        src={pictureUrl(props.step)}
        alt={t(`help.${props.step}.alt`)}
        width={PICTURE_WIDTH}
        loading="lazy"
        decoding="async"
      />
    </li>
  );
}

/** "So geht's": the main steps for residents and for workshop guests, in plain language. */
export default function HelpPage() {
  return (
    <div class="help">
      <PageHeading text={t("help.title")} />
      <p class="lead">{t("help.intro")}</p>
      <p>{t("help.picturesNote")}</p>

      <section aria-labelledby="help-residents">
        <h2 id="help-residents">{t("help.residents.heading")}</h2>
        <ol class="help-steps">
          <For each={RESIDENT_STEPS}>{(step) => <Step step={step} />}</For>
        </ol>
      </section>

      <section aria-labelledby="help-guests">
        <h2 id="help-guests">{t("help.guests.heading")}</h2>
        <p>{t("help.guests.intro")}</p>
        <ol class="help-steps">
          <For each={GUEST_STEPS}>{(step) => <Step step={step} />}</For>
        </ol>
      </section>

      <p>
        <A href="/barrierefreiheit#rueckmeldung">{t("help.more")}</A>
      </p>
    </div>
  );
}
