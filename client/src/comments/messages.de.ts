/** German messages of the comments feature; merged into the catalogue in i18n/de.ts. */
export const commentsDe = {} as const;
