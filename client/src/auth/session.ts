import type { LoginInput, MeAnswer, PublicUser, RegisterInput } from "@quer/shared";
import { createSignal } from "solid-js";
import { call, onBlocked, server } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";
import { adoptLocale, whenChosen } from "../i18n/i18n.ts";

/** `undefined` while the first /api/me is on its way, `null` for anonymous visitors. */
const [user, setUser] = createSignal<PublicUser | null | undefined>(undefined);

/** Set while the signed-in person is blocked: whom they may turn to. */
const [blocked, setBlocked] = createSignal<{ contact: string } | null>(null);

export { blocked, user };

function take(answer: MeAnswer): void {
  setUser(answer.user);
  setBlocked(answer.blocked ?? null);
  // The account's language holds on every browser: a choice made elsewhere comes along.
  if (answer.locale) void adoptLocale(answer.locale);
}

// A language chosen while signed in is kept with the account (mails follow it too).
whenChosen((locale) => {
  if (!user()) return;
  call(server.me.$patch({ json: { locale } })).catch(() => {
    // Offline: this browser keeps the choice; the account learns it on the next one.
  });
});

// Any refusal that says so shows the notice at once, whichever feature's request it was.
onBlocked((contact) => setBlocked({ contact }));

/**
 * For the server's render only: the person the page is rendered for. The render is one
 * synchronous call, so no other request sees it.
 */
export function renderFor(person: PublicUser | null | undefined, blockedAs?: { contact: string }): void {
  setUser(person);
  setBlocked(blockedAs ?? null);
}

export async function loadMe(): Promise<void> {
  const embedded = takeFirst("me");
  if (embedded) {
    take(embedded);
    return;
  }
  try {
    take(await call(server.me.$get()));
  } catch {
    // Offline on first load: treat as anonymous, reading still works from what is cached.
    setUser(null);
  }
}

/**
 * Asks the server again who is signed in, and whether they are blocked: a live document's
 * socket was closed because the person was blocked (`CloseCode.blocked`).
 */
export async function reloadMe(): Promise<void> {
  try {
    take(await call(server.me.$get()));
  } catch {
    // Offline: what is shown stays until the next answer.
  }
}

export async function logIn(input: LoginInput): Promise<PublicUser> {
  const res = await call(server.auth.login.$post({ json: input }));
  setUser(res.user);
  if (res.locale) void adoptLocale(res.locale);
  // A blocked person may sign in (to read, export, delete); /me says whether they are.
  void reloadMe();
  return res.user;
}

export async function signUp(input: RegisterInput): Promise<PublicUser> {
  const res = await call(server.auth.register.$post({ json: input }));
  setUser(res.user);
  return res.user;
}

export async function logOut(): Promise<void> {
  await call(server.auth.logout.$post());
  setUser(null);
  setBlocked(null);
}

/**
 * Where to go after signing in: only a path on this site, so a crafted link cannot send
 * people elsewhere (`//evil.example` and `/\evil` are other hosts to a browser).
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}

/** `/login?next=…` for the current page, so people come back where they were. */
export function loginHref(path: string, page: "login" | "signup" = "login"): string {
  return `/${page}?next=${encodeURIComponent(path)}`;
}
