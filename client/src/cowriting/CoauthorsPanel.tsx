import { createSignal, For, onCleanup, Show } from "solid-js";
import { call, seg, server } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert, formErrorText } from "../app/forms.tsx";
import { t, tn } from "../i18n/i18n.ts";
import "./messages.ts";

export interface Person {
  id: string;
  name: string;
}

const coauthor = server.ideas[":id"].coauthors[":userId"];

/**
 * The author (or a manager) chooses who writes along: a search by name with its results as
 * a list of buttons (Tab and Enter, nothing to learn), and the current co-authors with a
 * button each to remove them.
 */
export function CoauthorsPanel(props: {
  ideaId: string;
  authorName: string;
  coauthors: Person[];
  onChange: () => Promise<unknown> | undefined;
}) {
  const [query, setQuery] = createSignal("");
  const [results, setResults] = createSignal<Person[]>();
  const { alert, setAlert, busy, run } = createForm();
  let search: HTMLInputElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;
  onCleanup(() => clearTimeout(timer));

  const find = (q: string) => {
    const mine = ++request;
    if (q.trim().length < 2) {
      setResults(undefined);
      return;
    }
    call(
      server.ideas[":id"]["coauthor-candidates"].$get({
        param: { id: seg(props.ideaId) },
        query: { q: q.trim() },
      }),
    ).then(
      (res) => mine === request && setResults(res.people),
      (error) => mine === request && setAlert(formErrorText(error)),
    );
  };
  const onInput = (value: string) => {
    setQuery(value);
    setAlert(undefined);
    clearTimeout(timer);
    timer = setTimeout(() => find(value), 250);
  };

  const isCoauthor = (id: string) => props.coauthors.some((c) => c.id === id);

  const change = (person: Person, add: boolean) =>
    run(async () => {
      const param = { id: seg(props.ideaId), userId: seg(person.id) };
      await call(add ? coauthor.$put({ param }) : coauthor.$delete({ param }));
      await props.onChange();
      announce(t(add ? "coauthors.added" : "coauthors.removed", { name: person.name }));
      // The pressed button is gone; carry on in the search.
      search?.focus();
    });

  return (
    <section class="coauthors" aria-labelledby="coauthors-heading">
      <h2 id="coauthors-heading">{t("coauthors.heading")}</h2>
      <p class="hint">{t("coauthors.intro", { name: props.authorName })}</p>
      <FormAlert message={alert()} />
      <Show when={props.coauthors.length > 0} fallback={<p>{t("coauthors.none")}</p>}>
        <ul class="person-list">
          <For each={props.coauthors}>
            {(person) => (
              <li>
                <span>{person.name}</span>
                <button
                  type="button"
                  class="button button-small"
                  aria-disabled={busy()}
                  onClick={() => change(person, false)}
                >
                  {t("coauthors.remove")}
                  <span class="visually-hidden"> {person.name}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <div class="field">
        <label for="coauthor-search">{t("coauthors.search")}</label>
        <p class="hint" id="coauthor-search-hint">
          {t("coauthors.searchHint")}
        </p>
        <input
          ref={search}
          id="coauthor-search"
          type="search"
          autocomplete="off"
          aria-describedby="coauthor-search-hint"
          aria-controls="coauthor-results"
          value={query()}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </div>
      <div role="status" class="search-count">
        <Show when={results()}>{(list) => tn("coauthors.found", list().length)}</Show>
      </div>
      <ul id="coauthor-results" class="person-list" aria-label={t("coauthors.results")}>
        <For each={results() ?? []}>
          {(person) => (
            <li>
              <span>{person.name}</span>
              <Show
                when={!isCoauthor(person.id)}
                fallback={<span class="hint">{t("coauthors.already")}</span>}
              >
                <button
                  type="button"
                  class="button button-small"
                  aria-disabled={busy()}
                  onClick={() => change(person, true)}
                >
                  {t("coauthors.add")}
                  <span class="visually-hidden"> {person.name}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
