import { isSkippedElement } from './skip';

/**
 * Which element is "the passage" for a piece of text: the nearest block element holding it.
 * That element is what gets hidden, so it must be small and self-contained: never html, body,
 * main, nor a container with many children.
 */

/** Blocks that are a passage whatever their size. */
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'CAPTION',
  'DD',
  'DT',
  'SUMMARY',
]);

/** Never a passage: hiding one of these would hide the page. */
const STOP_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'TITLE']);

/** Inline elements are transparent: their text belongs to the block around them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'BR',
  'BUTTON',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'PICTURE',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SOURCE',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'VIDEO',
  'WBR',
]);

/** A generic container (div, section, custom element) with more children is a layout box. */
export const MAX_GENERIC_CHILDREN = 40;
/** Texts longer than this are not hidden as one passage (layout containers, whole articles). */
export const MAX_GENERIC_TEXT = 4000;
export const MAX_BLOCK_TEXT = 20000;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** What an element means for the text inside it. */
export interface Info {
  skipped: boolean;
  passage: Element | null;
}
const SKIPPED: Info = { skipped: true, passage: null };
export const NONE: Info = { skipped: false, passage: null };

/**
 * Resolves elements to their passage, caching per element: on a page of 20,000 paragraphs
 * the text nodes share few ancestors, so each ancestor is classified once. Build a new
 * resolver per batch of work: the cache is only valid while the DOM does not change.
 */
export class PassageResolver {
  private readonly cache = new Map<Element, Info>();

  /** The passage for a text node or element, or null when it is skipped or too large. */
  passageOf(node: Node): Element | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el ? this.info(el).passage : null;
  }

  /** True when `el` is inside (or is) a region the shield never touches. */
  isSkipped(el: Element): boolean {
    return this.info(el).skipped;
  }

  /** Whether a passage's collected text is small enough to hide as one piece. */
  static fits(passage: Element, textLength: number): boolean {
    return textLength <= (BLOCK_TAGS.has(passage.tagName) ? MAX_BLOCK_TEXT : MAX_GENERIC_TEXT);
  }

  info(start: Element): Info {
    const cached = this.cache.get(start);
    if (cached) return cached; // the common case: a sibling text or child was seen already
    // Iterative on purpose: very deep pages would overflow a recursive walk.
    const chain: Element[] = [];
    let base = NONE;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const hit = this.cache.get(el);
      if (hit) {
        base = hit;
        break;
      }
      chain.push(el);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i] as Element;
      base = step(el, base);
      this.cache.set(el, base);
    }
    return base;
  }
}

/** The info of `el`, given its parent's: each element costs one step in a walk down. */
export function step(el: Element, parent: Info): Info {
  if (parent.skipped || isSkippedElement(el)) return SKIPPED;
  const tag = el.tagName;
  // SVG and MathML parts are drawn by their HTML container: mark that, never an SVG node.
  // Their tag names are lower case in HTML documents, so most elements skip the namespace read.
  const first = tag.charCodeAt(0);
  if (first >= 97 && first <= 122 && el.namespaceURI !== HTML_NS) return parent;
  if (INLINE_TAGS.has(tag)) return parent;
  if (STOP_TAGS.has(tag)) return NONE;
  if (BLOCK_TAGS.has(tag)) {
    // A caption belongs with its picture: hiding the figure hides both.
    if (tag === 'FIGCAPTION' && parent.passage?.tagName === 'FIGURE') return parent;
    return { skipped: false, passage: el };
  }
  return el.childElementCount <= MAX_GENERIC_CHILDREN ? { skipped: false, passage: el } : NONE;
}
