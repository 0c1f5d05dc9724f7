import { A } from "@solidjs/router";
import { t } from "../i18n/i18n.ts";
import { PageHeading } from "./PageHeading.tsx";

export default function NotFound() {
  return (
    <>
      <PageHeading text={t("app.notFound.title")} />
      <p>{t("app.notFound.text")}</p>
      <p>
        <A href="/">{t("app.toBoards")}</A>
      </p>
    </>
  );
}
