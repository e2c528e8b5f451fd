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
 * never loses their place when the settings change. When that element is gone
 * (the button that was pressed turned into another), focus moves to
 * `fallbackId`; returns true when it did.
 */
export function replaceKeepingFocus(root: HTMLElement, view: Node, fallbackId?: string): boolean {
  const doc = root.ownerDocument;
  const active = doc.activeElement as HTMLElement | null;
  const hadFocus = active !== null && root.contains(active);
  const id = hadFocus ? active.id : '';
  const caret =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? [active.selectionStart, active.selectionEnd]
      : null;
  root.replaceChildren(view);
  if (!hadFocus) return false;
  const same = id ? doc.getElementById(id) : null;
  if (!same) {
    const fallback = fallbackId ? doc.getElementById(fallbackId) : null;
    fallback?.focus();
    return fallback !== null;
  }
  same.focus();
  if (caret && (same instanceof HTMLInputElement || same instanceof HTMLTextAreaElement)) {
    try {
      same.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
    } catch {
      // Checkboxes and file inputs have no caret.
    }
  }
  return false;
}
