import { A } from "@solidjs/router";
import { For } from "solid-js";
import { PageHeading } from "../app/PageHeading.tsx";
import { sitePublicUrl } from "../app/site.ts";
import { perLocale, t } from "../i18n/i18n.ts";
import { currentOffice } from "../office/office.ts";
import { FeedbackForm } from "./FeedbackForm.tsx";
import "./messages.ts";
import "./help.css";

/** When the statement was written and when it was last checked against the app. */
const MADE = "2026-12-06";
const CHECKED = "2026-12-06";

/** The parts of Quer that are not accessible yet, as the statement must name them. */
const LIMITS = [
  "a11y.limit.signLanguage",
  "a11y.limit.languages",
  "a11y.limit.contributions",
  "a11y.limit.cowriting",
  "a11y.limit.pictures",
  "a11y.limit.timer",
] as const;

const longDate = perLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: "long", timeZone: "UTC" }));

/**
 * "Erklärung zur Barrierefreiheit", in the order of the EU's model statement: the
 * standard, how far Quer meets it and what it lacks, how the statement was made, the
 * feedback form, and where to turn when the office does not answer (decision 0039).
 */
export default function AccessibilityPage() {
  const office = () => currentOffice()?.name ?? t("app.name");
  const site = () => sitePublicUrl() ?? location.origin;
  return (
    <article class="statement">
      <PageHeading text={t("a11y.title")} />
      <p class="lead">{t("a11y.intro", { office: office(), site: site() })}</p>

      <h2>{t("a11y.standard.heading")}</h2>
      <p>{t("a11y.standard.text")}</p>

      <h2>{t("a11y.status.heading")}</h2>
      <p>{t("a11y.status.text")}</p>
      <ul>
        <For each={LIMITS}>{(key) => <li>{t(key)}</li>}</For>
      </ul>

      <h2>{t("a11y.made.heading")}</h2>
      <p>
        {t("a11y.made.text", {
          date: longDate().format(Date.parse(MADE)),
          checked: longDate().format(Date.parse(CHECKED)),
        })}
      </p>

      <h2 id="rueckmeldung">{t("a11y.feedback.heading")}</h2>
      <p>{t("a11y.feedback.text", { office: office() })}</p>
      <FeedbackForm />

      <h2>{t("a11y.enforcement.heading")}</h2>
      <p>{t("a11y.enforcement.text", { office: office() })}</p>

      <p>
        <A href="/hilfe" class="target-link">
          {t("a11y.toHelp")}
        </A>
      </p>
    </article>
  );
}
