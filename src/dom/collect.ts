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

/** Nodes visited between two looks at the clock in a walk that may stop. */
const NODES_PER_LOOK = 512;

/**
 * Walks `roots` once, depth first by firstChild/nextSibling, carrying each element's meaning
 * (skipped? which passage?) down from its parent: no per-node lookups, no filter callback
 * (a TreeWalker filter was ~10x slower), and `.data` only (`innerText` forces layout).
 * Skipped subtrees (scripts, forms, editors, our label) are jumped over, not entered.
 * Text of one passage is joined as written; a <br> or an image's alt text adds a space.
 *
 * The walk can stop and go on later (a full rescan of a 20,000-paragraph page walked for
 * ~100 ms: more than a frame). It stops only between roots or at a node it has not entered
 * yet; when it goes on and that node has left its place (the page changed in between), it
 * walks the current root again from its start, so no passage gets text twice. Changes to what
 * it walked already reach the shield through the observer.
 */
export class TextWalk implements Collected {
  readonly texts = new Map<Element, string>();
  readonly shadowRoots: ShadowRoot[] = [];
  readonly shadowless: Element[] = [];
  private next = 0;
  private root: Node | null = null;
  /** The current root's passages, merged into `texts` once the root is done. */
  private current = new Map<Element, string>();
  private node: Node | null = null;
  private info = NONE;
  private stack: Info[] = [];
  private parents: Node[] = [];

  constructor(
    private readonly roots: Node[],
    private readonly resolver: PassageResolver,
    /** Called for each open shadow root met: true adds it to the roots to walk. */
    private readonly enterShadow?: (root: ShadowRoot) => boolean,
  ) {}

  get done(): boolean {
    return this.root === null && this.next >= this.roots.length;
  }

  /** Walks until the end, or until `stop()` (asked every few hundred nodes) says so. */
  run(stop?: () => boolean): boolean {
    let budget = NODES_PER_LOOK;
    if (this.root && !this.canResume()) this.begin(this.root);
    while (!this.done) {
      if (!this.root) {
        const root = this.roots[this.next++] as Node;
        if (!this.begin(root)) continue;
      }
      const root = this.root as Node;
      let node = this.node;
      let info = this.info;
      const stack = this.stack;
      const parents = this.parents;
      const add = this.add;
      while (node) {
        if (stop && --budget <= 0) {
          budget = NODES_PER_LOOK;
          if (stop()) {
            this.node = node;
            this.info = info;
            return false;
          }
        }
        const type = node.nodeType;
        if (type === 3) {
          const data = (node as Text).data;
          if (info.passage && NOT_BLANK.test(data)) add(info.passage, data);
        } else if (type === 1) {
          const el = node as Element;
          const own = step(el, info);
          if (!own.skipped) {
            this.element(el, own.passage);
            const child = el.firstChild;
            if (child) {
              stack.push(info);
              parents.push(el);
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
          parents.pop();
        }
      }
      this.finishRoot();
    }
    return true;
  }

  /** Starts on `root`; false when there is nothing to walk below it. */
  private begin(root: Node): boolean {
    this.root = root;
    this.current = new Map();
    this.stack = [];
    this.parents = [];
    this.node = null;
    if (root.nodeType === 3) {
      const data = (root as Text).data;
      if (NOT_BLANK.test(data)) this.add(this.resolver.passageOf(root), data);
      this.finishRoot();
      return false;
    }
    let info = NONE;
    if (root.nodeType === 1) {
      info = this.resolver.info(root as Element);
      if (info.skipped) {
        this.finishRoot();
        return false;
      }
      this.element(root as Element, info.passage);
    }
    this.info = info;
    this.node = root.firstChild;
    return true;
  }

  /** The node where the walk stopped is still where it was, under the same parent. */
  private canResume(): boolean {
    const node = this.node;
    if (!node) return true;
    const parent = this.parents.at(-1) ?? this.root;
    return node.parentNode === parent && (this.root as Node).contains(node);
  }

  private finishRoot(): void {
    for (const [p, t] of this.current) {
      const before = this.texts.get(p);
      this.texts.set(p, before === undefined ? t : before + t);
    }
    this.current = new Map();
    this.root = null;
    this.node = null;
  }

  // Most passages have one text node: concatenating strings beats arrays joined later.
  private readonly add = (passage: Element | null, text: string) => {
    if (!passage) return;
    const before = this.current.get(passage);
    this.current.set(passage, before === undefined ? text : before + text);
  };

  private element(el: Element, passage: Element | null): void {
    const tag = el.tagName;
    const custom = tag.includes('-');
    const shadow = custom || SHADOW_HOSTS.has(tag) ? el.shadowRoot : null;
    if (shadow) {
      this.shadowRoots.push(shadow);
      if (this.enterShadow?.(shadow)) this.roots.push(shadow);
    } else if (custom) this.shadowless.push(el);
    if (tag === 'BR') this.add(passage, ' ');
    else if (MEDIA_TAGS.has(tag)) {
      const target = passage ?? mediaWrapper(el);
      for (const name of MEDIA_TEXT_ATTRS) {
        const value = el.getAttribute(name);
        if (value && NOT_BLANK.test(value)) this.add(target, ` ${value} `);
      }
    }
  }
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
