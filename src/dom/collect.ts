import { PassageResolver } from './passages';

/** Media whose alt, title or aria-label may give something away. */
const MEDIA_TAGS = new Set(['IMG', 'VIDEO', 'PICTURE', 'AUDIO', 'svg']);
const MEDIA_TEXT_ATTRS = ['alt', 'title', 'aria-label'];
const NOT_BLANK = /\S/;

/** What one walk found: each passage's text, and the open shadow roots met on the way. */
export interface Collected {
  texts: Map<Element, string>;
  shadowRoots: ShadowRoot[];
  /** Custom elements without a shadow root yet: they may attach one after an upgrade. */
  shadowless: Element[];
}

/**
 * Walks `roots` once with a SHOW_ELEMENT|SHOW_TEXT TreeWalker and no JS filter (a filter
 * callback was ~10x slower), reading `.data` only: `innerText` forces layout. Skipped
 * subtrees (scripts, forms, editors, our label) are jumped over, not descended into.
 * Text of one passage is joined as written; a <br> or an image's alt text adds a space.
 */
export function collect(
  doc: Document,
  roots: Iterable<Node>,
  resolver: PassageResolver,
): Collected {
  const parts = new Map<Element, string[]>();
  const shadowRoots: ShadowRoot[] = [];
  const shadowless: Element[] = [];
  const add = (passage: Element | null, text: string) => {
    if (!passage) return;
    const list = parts.get(passage);
    if (list) list.push(text);
    else parts.set(passage, [text]);
  };
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, as numbers: NodeFilter is a window global.
  const SHOW = 0x1 | 0x4;
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, SHOW);
    let node: Node | null = root;
    // The root itself is visited first so a text node or skipped element given as root works.
    while (node) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (NOT_BLANK.test(data)) add(resolver.passageOf(node), data);
        node = walker.nextNode();
        continue;
      }
      if (node.nodeType !== 1) {
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      if (resolver.isSkipped(el)) {
        node = nextOutside(walker, root);
        continue;
      }
      const tag = el.tagName;
      const shadow = el.shadowRoot;
      if (shadow) shadowRoots.push(shadow);
      else if (tag.includes('-')) shadowless.push(el);
      if (tag === 'BR') add(resolver.passageOf(el), ' ');
      else if (MEDIA_TAGS.has(tag)) {
        for (const name of MEDIA_TEXT_ATTRS) {
          const value = el.getAttribute(name);
          if (value && NOT_BLANK.test(value)) add(resolver.passageOf(el), ` ${value} `);
        }
      }
      node = walker.nextNode();
    }
  }
  const texts = new Map<Element, string>();
  for (const [passage, list] of parts) texts.set(passage, list.join(''));
  return { texts, shadowRoots, shadowless };
}

/** Moves the walker past the current node's subtree (TreeWalker has no "skip children"). */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let n: Node | null = walker.currentNode; n && n !== root; n = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
