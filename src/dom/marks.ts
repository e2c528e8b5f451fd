/**
 * The shield's public DOM contract (stable; other tools and the README rely on it):
 *
 * - A hidden passage carries `data-spoiler-shield="hidden"` and `data-spoiler-episode="S1E8"`,
 *   and holds one `<spoiler-shield-label>` as its first child (the reveal button).
 * - After the user reveals it: `data-spoiler-shield="revealed"`, the episode attribute stays,
 *   the label is gone.
 * - `<html data-spoiler-style="blur|cover">` picks the look; `<html data-spoiler-shield-pending>`
 *   hides the page only until the first scan (or a fail-open timeout);
 *   `<html data-spoiler-shield-loaded>` says the content script runs in that frame.
 * - `data-spoiler-shield-wait` hides, for a frame or a few, new content of a batch too big to
 *   read in one frame (src/dom/slices.ts), and, while a page first paints, what lies below its
 *   top (src/dom/first-paint.ts); it is gone once that content was read.
 * - `<spoiler-shield-veil>`, one element with no text laid over the whole page (src/dom/veil.ts),
 *   covers it for the frames a big change takes: a rescan that may hide more (new settings on
 *   a page too big to rescan in one frame), or mutation records not read yet. It is removed
 *   when that work is done. So Shield.update() may finish in later frames than its call.
 *
 * Nothing else in the page changes: no text is rewritten, moved or removed, so removing these
 * marks restores the page exactly.
 */
export const SHIELD_ATTR = 'data-spoiler-shield';
export const EPISODE_ATTR = 'data-spoiler-episode';
export const STYLE_ATTR = 'data-spoiler-style';
export const PENDING_ATTR = 'data-spoiler-shield-pending';
/** On new content waiting for a later frame's slice of work (hidden meanwhile). */
export const WAIT_ATTR = 'data-spoiler-shield-wait';
/** On <html> while the content script runs in that frame. */
export const LOADED_ATTR = 'data-spoiler-shield-loaded';
export const LABEL_TAG = 'spoiler-shield-label';
export const LABEL_TAG_UPPER = 'SPOILER-SHIELD-LABEL';

export type PassageState = 'hidden' | 'revealed';

export function isShieldLabel(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === LABEL_TAG_UPPER;
}
