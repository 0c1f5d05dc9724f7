import { t } from "../i18n/i18n.ts";
import type { ApiError } from "./client.ts";

/** A request's failure in the reader's language; the server's own wording is German. */
export function errorText(error: ApiError): string {
  switch (error.code) {
    case "network":
    case "invalid":
    case "unauthenticated":
    case "not_found":
    case "conflict":
    case "too_large":
    case "rate_limited":
    case "unavailable":
    case "internal":
      return t(`error.${error.code}`);
    case "forbidden":
      return error.publicUrl ? t("error.wrongAddress", { url: error.publicUrl }) : t("error.forbidden");
    case "blocked":
      return t("error.blocked", { contact: error.contact ?? "" });
    default:
      return t("error.internal");
  }
}
