import { createEffect, createSignal, on } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { user } from "../auth/session.ts";

/**
 * A page's answer, fetched once the session is known and again whenever who is signed in
 * changes (own votes, own pending posts, edit rights are in it). Only the latest request
 * counts, so a slow answer for the previous person never overwrites the current one.
 */
export function loadForUser<T>(
  fetch: () => Promise<T>,
  hooks: { onData?: (data: T) => void; onFailure?: (error: ApiError) => void } = {},
) {
  const [data, setData] = createSignal<T>();
  const [failure, setFailure] = createSignal<ApiError>();
  let request = 0;
  const load = (): Promise<void> => {
    const mine = ++request;
    return fetch().then(
      (answer) => {
        if (mine !== request) return;
        setData(() => answer);
        setFailure(undefined);
        hooks.onData?.(answer);
      },
      (error: ApiError) => {
        if (mine !== request) return;
        setFailure(error);
        hooks.onFailure?.(error);
      },
    );
  };
  createEffect(
    on(
      () => (user() === undefined ? undefined : (user()?.id ?? "")),
      (who) => who !== undefined && void load(),
    ),
  );
  return { data, setData, failure, load };
}
