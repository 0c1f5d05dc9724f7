/**
 * A board page comes with its first cards rendered by the server (render-board.tsx), in
 * `#root[data-server-view]`: an old phone shows them as soon as the stylesheet is in,
 * before the app's scripts have arrived, and without JavaScript at all. The app renders
 * beside it, hidden, and takes its place once it shows the same (`takeOverServerView`),
 * so the swap is one frame with no flash of a loading note.
 */
interface Waiting {
  shown: HTMLElement;
  app: HTMLElement;
}

let waiting: Waiting | undefined;

/** Where the app renders: `root` itself, or a hidden twin while the server's view shows. */
export function mountPoint(root: HTMLElement): HTMLElement {
  if (!root.hasAttribute("data-server-view")) {
    // index.html's wordless loading note (it suits every language) stays until now.
    root.replaceChildren();
    return root;
  }
  const app = document.createElement("div");
  app.hidden = true;
  root.after(app);
  waiting = { shown: root, app };
  // The router follows links anywhere in the document: one followed in the server's view
  // must show the app first, or the navigation would happen out of sight.
  root.addEventListener(
    "click",
    (event) => {
      if (event.target instanceof Element && event.target.closest("a[href]")) takeOverServerView();
    },
    { capture: true },
  );
  return app;
}

/** The element in `to` that stands where `element` stands in `from`: same id, or same tag and link in the same order. */
function counterpart(from: HTMLElement, to: HTMLElement, element: Element): HTMLElement | null {
  if (element.id) return to.querySelector<HTMLElement>(`#${CSS.escape(element.id)}`);
  const href = element.getAttribute("href");
  const selector = href === null ? element.localName : `${element.localName}[href="${CSS.escape(href)}"]`;
  const index = [...from.querySelectorAll(selector)].indexOf(element);
  return to.querySelectorAll<HTMLElement>(selector)[index] ?? null;
}

/**
 * Shows the app in place of the server's view, keeping the keyboard focus where it was.
 * Both show the same page in the same layout, so the scroll position holds. Does nothing
 * when the page came without a server view, or once it has been replaced.
 */
export function takeOverServerView(): void {
  if (!waiting) return;
  const { shown, app } = waiting;
  waiting = undefined;
  const focused = document.activeElement;
  const target = focused && shown.contains(focused) ? counterpart(shown, app, focused) : null;
  shown.remove();
  app.id = "root";
  app.hidden = false;
  target?.focus({ preventScroll: true });
}
