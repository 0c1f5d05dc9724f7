/**
 * What script adds to the header's `<details>` menu, which opens and closes without it:
 * Escape closes it and gives focus back to its button, and a click elsewhere or a
 * navigation closes it. The browser reports the open state to assistive technology
 * itself (a `<summary>` is a button with an expanded state).
 */
export function closeMenu(menu: HTMLDetailsElement | undefined, refocus: boolean): void {
  if (!menu?.open) return;
  menu.open = false;
  if (refocus) menu.querySelector("summary")?.focus();
}

export function enhanceMenu(menu: HTMLDetailsElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !menu.open) return;
    e.preventDefault();
    closeMenu(menu, true);
  };
  const onPointer = (e: PointerEvent) => {
    if (menu.open && e.target instanceof Node && !menu.contains(e.target)) closeMenu(menu, false);
  };
  menu.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onPointer);
  return () => {
    menu.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onPointer);
  };
}
