import { type Info, NONE, type PassageResolver, step } from './passages';

/** Media whose alt, title or aria-label may give something away. */
const MEDIA_TAGS = new Set(['IMG', 'VIDEO', 'PICTURE', 'AUDIO', 'svg']);
const MEDIA_TEXT_ATTRS = ['alt', 'title', 'aria-label'];
const NOT_BLANK = /\S/;
/** Elements that may carry a shadow root (attachShadow refuses all others). */
const SHADOW_HOSTS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DIV',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'MAIN',
  'NAV',
  'P',
  'SECTION',
  'SPAN',
]);

/** What one walk found: each passage's text, and the open shadow roots met on the way. */
export interface Collected {
  texts: Map<Element, string>;
  shadowRoots: ShadowRoot[];
  /** Custom elements without a shadow root yet: they may attach one after an upgrade. */
  shadowless: Element[];
}

/**
 * Walks `roots` once, depth first by firstChild/nextSibling, carrying each element's meaning
 * (skipped? which passage?) down from its parent: no per-node lookups, no filter callback
 * (a TreeWalker filter was ~10x slower), and `.data` only (`innerText` forces layout).
 * Skipped subtrees (scripts, forms, editors, our label) are jumped over, not entered.
 * Text of one passage is joined as written; a <br> or an image's alt text adds a space.
 */
export function collect(
  _doc: Document,
  roots: Iterable<Node>,
  resolver: PassageResolver,
): Collected {
  // Most passages have one text node: concatenating strings beats arrays joined later.
  const texts = new Map<Element, string>();
  const shadowRoots: ShadowRoot[] = [];
  const shadowless: Element[] = [];
  const add = (passage: Element | null, text: string) => {
    if (!passage) return;
    const before = texts.get(passage);
    texts.set(passage, before === undefined ? text : before + text);
  };
  const element = (el: Element, passage: Element | null) => {
    const tag = el.tagName;
    const custom = tag.includes('-');
    const shadow = custom || SHADOW_HOSTS.has(tag) ? el.shadowRoot : null;
    if (shadow) shadowRoots.push(shadow);
    else if (custom) shadowless.push(el);
    if (tag === 'BR') add(passage, ' ');
    else if (MEDIA_TAGS.has(tag)) {
      const target = passage ?? mediaWrapper(el);
      for (const name of MEDIA_TEXT_ATTRS) {
        const value = el.getAttribute(name);
        if (value && NOT_BLANK.test(value)) add(target, ` ${value} `);
      }
    }
  };

  for (const root of roots) {
    if (root.nodeType === 3) {
      const data = (root as Text).data;
      if (NOT_BLANK.test(data)) add(resolver.passageOf(root), data);
      continue;
    }
    let info = NONE;
    if (root.nodeType === 1) {
      info = resolver.info(root as Element);
      if (info.skipped) continue;
      element(root as Element, info.passage);
    }
    const stack: Info[] = [];
    let node: Node | null = root.firstChild;
    while (node) {
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (info.passage && NOT_BLANK.test(data)) add(info.passage, data);
      } else if (type === 1) {
        const el = node as Element;
        const own = step(el, info);
        if (!own.skipped) {
          element(el, own.passage);
          const child = el.firstChild;
          if (child) {
            stack.push(info);
            info = own;
            node = child;
            continue;
          }
        }
      }
      // Next sibling, or climb until an ancestor below the root has one.
      while (node && node !== root) {
        const next: Node | null = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node.parentNode;
        if (node === root || !node) {
          node = null;
          break;
        }
        info = stack.pop() ?? NONE;
      }
    }
  }
  return { texts, shadowRoots, shadowless };
}

/**
 * A picture in a large container (a gallery grid, a feed of thumbnails) has no passage; the
 * link or span wrapped around it can carry the mark and the label instead.
 */
function mediaWrapper(media: Element): Element | null {
  let up = media.parentElement;
  if (up?.tagName === 'PICTURE') up = up.parentElement;
  return up && (up.tagName === 'A' || up.tagName === 'SPAN') ? up : null;
}
