/** German messages of the notifications feature; merged into the catalogue in i18n/de.ts. */
export const notificationsDe = {} as const;
