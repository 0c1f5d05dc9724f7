import { createResource, createSignal, For, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { formErrorText } from "../app/forms.tsx";
import { may } from "../auth/may.ts";
import { t } from "../i18n/i18n.ts";
import { ModerationPage } from "./ModerationPage.tsx";
import { blockPerson, findPeople, type Person, unblockPerson } from "./moderation-api.ts";
import { ReasonAction } from "./ReasonAction.tsx";
import "./messages.ts";

export default function PeoplePage() {
  return (
    <ModerationPage title={t("moderation.people.title")}>
      <People />
    </ModerationPage>
  );
}

const roleKeys = {
  guest: "moderation.role.guest",
  resident: "moderation.role.resident",
  manager: "moderation.role.manager",
} as const;

/** The row was rendered anew; keyboard users continue on its (other) button. */
const focusAction = (id: string) =>
  queueMicrotask(() => document.getElementById(`person-${id}-block`)?.querySelector("button")?.focus());

function People() {
  const [query, setQuery] = createSignal("");
  const [people, { mutate }] = createResource(query, findPeople);
  const list = () => (people.error ? undefined : people.latest) ?? [];
  const [failure, setFailure] = createSignal<string>();
  let input: HTMLInputElement | undefined;

  const search = (e: SubmitEvent) => {
    e.preventDefault();
    const q = input?.value.trim() ?? "";
    // The server searches from two letters on; fewer lists everyone.
    setQuery(q.length >= 2 ? q : "");
  };
  const replace = (person: Person) => mutate((all) => all?.map((p) => (p.id === person.id ? person : p)));

  async function unblock(person: Person) {
    setFailure(undefined);
    try {
      replace((await unblockPerson(person.id)).person);
      announce(t("moderation.people.unblocked", { name: person.name }));
      focusAction(person.id);
    } catch (error) {
      setFailure(formErrorText(error));
    }
  }

  return (
    <>
      <form class="search-form" onSubmit={search}>
        <div class="field">
          <label for="people-q">{t("moderation.people.search")}</label>
          <p id="people-q-hint" class="hint">
            {t("moderation.people.search.hint")}
          </p>
          <div class="inline-fields">
            <input ref={input} id="people-q" name="q" type="search" aria-describedby="people-q-hint" />
            <button type="submit" class="button">
              {t("moderation.people.searchSubmit")}
            </button>
          </div>
        </div>
      </form>
      <div role="alert" class="form-alert-slot">
        <Show when={failure()}>
          <p class="form-alert">{failure()}</p>
        </Show>
      </div>
      <Show when={people.error}>
        <p role="alert">{errorText(people.error as ApiError)}</p>
      </Show>
      <section aria-labelledby="people-heading" aria-busy={people.loading}>
        <h2 id="people-heading">
          {query() ? t("moderation.people.results", { q: query() }) : t("moderation.people.all")}{" "}
          <span class="count">({list().length})</span>
        </h2>
        <Show
          when={list().length > 0}
          fallback={
            <Show when={!people.loading}>
              <p>{t("moderation.people.none")}</p>
            </Show>
          }
        >
          <ul class="desk-list">
            <For each={list()}>
              {(person) => {
                const nameId = `person-${person.id}-name`;
                return (
                  <li class="desk-card person">
                    <p class="person-line">
                      <strong id={nameId}>{person.name}</strong> · {t(roleKeys[person.role])}
                      <Show when={person.blocked}>
                        {" "}
                        · <span class="badge badge-blocked">{t("moderation.people.blocked")}</span>
                      </Show>
                    </p>
                    <Show when={may("person.block", { id: person.id, role: person.role })}>
                      <div id={`person-${person.id}-block`} class="desk-actions">
                        <Show
                          when={person.blocked}
                          fallback={
                            <ReasonAction
                              id={`person-${person.id}`}
                              button={t("moderation.people.block")}
                              describedBy={nameId}
                              label={t("moderation.people.blockReason")}
                              hint={t("moderation.people.blockReason.hint")}
                              submit={t("moderation.people.blockSubmit")}
                              optional
                              onSubmit={async (reason) => {
                                setFailure(undefined);
                                replace((await blockPerson(person.id, reason || undefined)).person);
                                announce(t("moderation.people.blockedDone", { name: person.name }));
                                focusAction(person.id);
                              }}
                            />
                          }
                        >
                          <button
                            type="button"
                            class="button"
                            aria-describedby={nameId}
                            onClick={() => unblock(person)}
                          >
                            {t("moderation.people.unblock")}
                          </button>
                        </Show>
                      </div>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}
