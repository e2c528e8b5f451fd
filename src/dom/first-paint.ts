/**
 * Until the page's first frame, a batch is read in a short slice and what does not fit waits,
 * hidden, until that first paint is on screen (Shield option firstPaintSliceMs).
 *
 * Why: the parser usually hands over a whole article in one batch whose roots are a few big
 * containers (`main` holding every paragraph). Deciding all of it before the first paint, in
 * cold script, was ~25-55 ms of the page's first contentful paint. Split into the containers'
 * children, the top of the page is decided and painted first; the rest is decided once that
 * paint is on screen (slices.ts FIRST_PAINT_WAIT_FRAMES), as when a page streams in. The rest
 * is hidden meanwhile (WAIT_ATTR), never shown undecided.
 */

/** Elements whose children, not themselves, are the units worth deciding one by one. */
const CONTAINERS = new Set([
  'body',
  'main',
  'article',
  'section',
  'div',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'form',
  'aside',
  'nav',
]);

/**
 * The first-paint slice the content script uses: long enough for the top of a page (a few
 * paragraphs in cold script), short next to the 30 ms of later slices.
 */
export const FIRST_PAINT_SLICE_MS = 8;

/** Roots decided between two looks at the clock before the first paint (GROUP after it). */
export const FIRST_PAINT_GROUP = 4;

/** Roots enough that a short slice has somewhere to stop; splitting goes no further. */
const ENOUGH = 64;
/** Levels of nesting split at most (body > div#app > main > article). */
const DEPTH = 4;

/**
 * Replaces big containers among `roots` by their children, level by level, in page order.
 * Element children are returned; other children (text directly inside a container) are
 * added to `others`, which the shield reads at once.
 */
export function splitForFirstPaint(roots: readonly Element[], others: Node[]): Element[] {
  let out = [...roots];
  for (let level = 0; level < DEPTH && out.length < ENOUGH; level++) {
    let split = false;
    const next: Element[] = [];
    for (const root of out) {
      // Wrappers with one child are split too: body > div#app > main > the paragraphs.
      if (root.childElementCount === 0 || !CONTAINERS.has(root.localName)) {
        next.push(root);
        continue;
      }
      split = true;
      for (const child of root.childNodes) {
        if (child.nodeType === 1) next.push(child as Element);
        else if (child.nodeType === 3) others.push(child);
      }
    }
    out = next;
    if (!split) break;
  }
  return out;
}

/**
 * Whether the page's first contentful paint is on screen: its Paint Timing entry is added once
 * the frame was presented. False where the browser keeps no such entry.
 */
export function firstContentPainted(win: Window): boolean {
  return (win.performance.getEntriesByName?.('first-contentful-paint', 'paint').length ?? 0) > 0;
}
