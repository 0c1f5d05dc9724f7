/**
 * Runs `fn` once the browser has painted what is on screen now, to keep work off the
 * render that shows a page's first content. A hidden tab paints no frames, so there it
 * runs at once.
 */
export function afterPaint(fn: () => void): void {
  if (document.hidden) fn();
  else requestAnimationFrame(() => setTimeout(fn, 0));
}
