/**
 * The office's time zone: dates written where no reader's own is known (the minutes, the
 * server's render of a board page) are in it. Browsers show dates in the reader's.
 */
export const OFFICE_TIME_ZONE = "Europe/Berlin";
