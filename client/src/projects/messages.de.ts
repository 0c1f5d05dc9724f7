/** German messages of the projects feature; merged into the catalogue in i18n/de.ts. */
export const projectsDe = {} as const;
