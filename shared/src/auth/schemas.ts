import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { type Locale, locales } from "../i18n/locales.ts";
import { singleLineText } from "../text/schemas.ts";

export const roles = ["guest", "resident", "manager"] as const;
export type Role = (typeof roles)[number];

/** Account names are shown next to ideas, in minutes and in mails: short, one line, printable. */
export const displayName = singleLineText().min(1, issue("nameRequired")).max(60, issue("nameTooLong"));

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, issue("emailTooLong"))
  .pipe(z.email(issue("emailInvalid")));

/** Length over composition rules (NIST SP 800-63B); the upper bound keeps hashing cheap. */
export const password = z.string().min(10, issue("passwordTooShort")).max(200, issue("passwordTooLong"));

export const registerInput = z.strictObject({ email, password, name: displayName });
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.strictObject({
  email,
  password: z.string().min(1, issue("passwordRequired")).max(200),
});
export type LoginInput = z.infer<typeof loginInput>;

/** Asking for a link that sets a new password. */
export const resetRequestInput = z.strictObject({ email });
export type ResetRequestInput = z.infer<typeof resetRequestInput>;

/** The token of a reset link: what the server writes is 32 base32 letters; anything much longer is no token. */
export const resetToken = z.string().min(1, issue("linkIncomplete")).max(100, issue("linkInvalid"));

/** Setting a new password with the token from the mail; the same rules as at registration. */
export const resetInput = z.strictObject({ token: resetToken, password });
export type ResetInput = z.infer<typeof resetInput>;

/** Changing one's password while signed in: the current one proves it is really the owner. */
export const changePasswordInput = z.strictObject({
  current: z.string().min(1, issue("currentPasswordRequired")).max(200),
  password,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export interface PublicUser {
  id: string;
  name: string;
  role: Role;
}

/**
 * The answer of `GET /api/me`; `blocked` only for a person who is blocked; `locale`, the
 * language the account keeps, only once the person has one.
 */
export interface MeAnswer {
  user: PublicUser | null;
  blocked?: { contact: string };
  locale?: Locale;
}

/** Changing what the account keeps about the person: their language (mails follow it). */
export const updateMeInput = z.strictObject({
  locale: z.enum(locales, issue("unknownLanguage")),
});
export type UpdateMeInput = z.infer<typeof updateMeInput>;
