/**
 * Cards a board page renders before the person asks for more, and so the size of the
 * first slice of a board (`?first=`) that the page is served with: the server embeds
 * that slice in the page and the client must ask for the same one. No zod here, so the
 * client can import this module.
 */
export const BOARD_FIRST_PAGE = 60;
