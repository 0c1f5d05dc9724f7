/** German messages of the cowriting feature; merged into the catalogue in i18n/de.ts. */
export const cowritingDe = {} as const;
