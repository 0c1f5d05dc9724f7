/** German messages of the moderation feature; merged into the catalogue in i18n/de.ts. */
export const moderationDe = {} as const;
