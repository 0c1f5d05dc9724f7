/**
 * Runs an update that may move DOM nodes (a re-sorted list) and gives focus back to
 * the element that had it: browsers drop focus from a node that is moved, which would
 * throw keyboard and screen reader users back to the top of the page.
 */
export function keepFocus(update: () => void): void {
  const active = document.activeElement;
  update();
  if (
    active instanceof HTMLElement &&
    active !== document.body &&
    active.isConnected &&
    document.activeElement !== active
  ) {
    active.focus({ preventScroll: true });
  }
}
