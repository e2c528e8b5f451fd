import { PENDING_ATTR } from './marks';

/** The element a BodyHold lays over the page (our own, like the label; no text). */
export const VEIL_TAG = 'spoiler-shield-veil';
const VEIL_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

/**
 * The page's own background colour, or null when it has no opaque one: the body's, else the
 * root's. Read only for a page that has been painted (a rescan), never mid-parse: there it
 * would force a style pass over what is parsed so far.
 */
function pageBackground(doc: Document): string | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const colour = view.getComputedStyle(el).backgroundColor;
    // Opaque colours only (browsers give those as rgb(), any alpha as rgba()): a veil that
    // lets the page show through would not be a veil.
    if (/^rgb\(/.test(colour)) return colour;
  }
  return null;
}

/**
 * Covers the page while any holder needs it: a rescan that may hide more than the marks show,
 * or mutation records not read yet. One owner of the veil, so one holder finishing never
 * shows what another still keeps covered.
 *
 * Why a veil over the page and not an attribute on the body: WAIT_ATTR there (visibility on
 * the element and on every element inside) made Chromium restyle the whole page, ~150 ms of
 * style work (thread time, a trace) each way on a 20,000-paragraph page, more than the rescan
 * it covered; opacity on the body still cost ~60 ms of paint-property work each way. One
 * fixed element on top costs about nothing and lets nothing below paint, on screen or under a
 * click. The page's text stays in the accessibility tree for those frames (it does under
 * opacity too); the page itself is not touched.
 */
export class BodyHold {
  private readonly holders = new Set<object>();
  private veil: Element | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Covers the page for `holder`. `matchPage`: the page has been painted, so the veil takes its
   * background colour (a dark page is not flashed light); otherwise, mid-parse, the veil is the
   * canvas colour, which follows the page's colour scheme.
   */
  hold(holder: object, matchPage = false): void {
    this.holders.add(holder);
    if (this.veil?.isConnected) return;
    const root = this.doc.documentElement;
    if (!root) return;
    const veil = this.veil ?? this.doc.createElement(VEIL_TAG);
    // Still held unpainted (PENDING_ATTR: the first scan of a page parsed before the settings
    // came): nothing to match, and reading styles would only force a style pass early.
    const painted = matchPage && !root.hasAttribute(PENDING_ATTR);
    const colour = (painted && pageBackground(this.doc)) || 'Canvas';
    veil.setAttribute('style', `${VEIL_STYLE}; background: ${colour} !important`);
    veil.setAttribute('aria-hidden', 'true');
    // Last in the root element: on top of the body and of anything the page puts after it.
    root.appendChild(veil);
    this.veil = veil;
  }

  release(holder: object): void {
    this.holders.delete(holder);
    if (this.holders.size > 0) return;
    this.veil?.remove();
    this.veil = null;
  }

  /** Releases every holder. */
  dispose(): void {
    this.holders.clear();
    this.veil?.remove();
    this.veil = null;
  }
}
