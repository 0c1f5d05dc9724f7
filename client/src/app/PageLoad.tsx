import { A } from "@solidjs/router";
import { type Accessor, type JSX, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { t } from "../i18n/i18n.ts";
import { PageHeading } from "./PageHeading.tsx";

/**
 * A page that depends on one request: the content once there is data, otherwise what
 * went wrong (as the page's heading, with a way back), otherwise a loading note. Data
 * wins over a failure, so a failed refresh keeps what is already shown.
 */
export function PageLoad<T>(props: {
  data: T | undefined | null | false;
  failure: ApiError | undefined;
  errorTitle: string;
  back?: { href: string; label: string };
  children: JSX.Element | ((data: Accessor<NonNullable<T>>) => JSX.Element);
}) {
  return (
    <Show
      when={props.data}
      fallback={
        <Show when={props.failure} fallback={<p class="loading">{t("app.loading")}</p>}>
          {(error) => (
            <>
              <PageHeading text={props.errorTitle} />
              <p>{errorText(error())}</p>
              <Show when={props.back}>
                {(back) => (
                  <p>
                    <A href={back().href}>{back().label}</A>
                  </p>
                )}
              </Show>
            </>
          )}
        </Show>
      }
    >
      {props.children}
    </Show>
  );
}
