import type { PublicUser } from "@quer/shared";
import { createSignal } from "solid-js";
import { api } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";

/** `undefined` while the first /api/me is on its way, `null` for anonymous visitors. */
const [user, setUser] = createSignal<PublicUser | null | undefined>(undefined);

export { user };

/**
 * For the server's render only: the person the page is rendered for. The render is one
 * synchronous call, so no other request sees it.
 */
export function renderFor(person: PublicUser | null | undefined): void {
  setUser(person);
}

export async function loadMe(): Promise<void> {
  const embedded = takeFirst("me");
  if (embedded) {
    setUser(embedded.user);
    return;
  }
  try {
    const res = await api<{ user: PublicUser | null }>("GET", "/me");
    setUser(res.user);
  } catch {
    // Offline on first load: treat as anonymous, reading still works from what is cached.
    setUser(null);
  }
}

export async function logIn(input: { email: string; password: string }): Promise<PublicUser> {
  const res = await api<{ user: PublicUser }>("POST", "/auth/login", input);
  setUser(res.user);
  return res.user;
}

export async function signUp(input: { email: string; password: string; name: string }): Promise<PublicUser> {
  const res = await api<{ user: PublicUser }>("POST", "/auth/register", input);
  setUser(res.user);
  return res.user;
}

export async function logOut(): Promise<void> {
  await api<void>("POST", "/auth/logout");
  setUser(null);
}

export const isManager = () => user()?.role === "manager";

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
