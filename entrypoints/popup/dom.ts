/**
 * A tiny element builder for the popup and the options page. Text always goes
 * in through textContent: pack titles, episode titles and own terms are data,
 * never markup.
 */
type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Re-rendering replaces the view; this puts keyboard focus (and the caret of
 * a text field) back on the element with the same id, so a keyboard user
 * never loses their place when the settings change.
 */
export function replaceKeepingFocus(root: HTMLElement, view: Node): void {
  const doc = root.ownerDocument;
  const active = doc.activeElement as HTMLElement | null;
  const id = active && root.contains(active) ? active.id : '';
  const caret =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? [active.selectionStart, active.selectionEnd]
      : null;
  root.replaceChildren(view);
  if (!id) return;
  const next = doc.getElementById(id);
  next?.focus();
  if (caret && (next instanceof HTMLInputElement || next instanceof HTMLTextAreaElement)) {
    try {
      next.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
    } catch {
      // Checkboxes and file inputs have no caret.
    }
  }
}
