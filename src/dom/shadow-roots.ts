import type { RootObserver } from './observe';

/** Custom elements remembered without a shadow root are re-checked; cap the list. */
const MAX_SHADOWLESS = 2000;

/**
 * The open shadow roots the shield watches. Manifest CSS does not reach inside a shadow root,
 * so the first hidden passage in one adopts the hide styles there. A custom element may
 * attach its shadow root after we saw it (upgrade after its definition loads), and no
 * mutation announces that, so such elements are re-checked on later batches.
 */
export class ShadowRoots {
  private readonly roots = new Set<ShadowRoot>();
  private readonly styled = new WeakSet<ShadowRoot>();
  private readonly shadowless = new Set<Element>();
  private sheet: CSSStyleSheet | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly observer: RootObserver,
    private readonly css: string | undefined,
  ) {}

  /** Starts watching a root; false when it was already known. */
  add(root: ShadowRoot): boolean {
    if (this.roots.has(root)) return false;
    this.roots.add(root);
    this.observer.observe(root);
    return true;
  }

  live(): ShadowRoot[] {
    const out: ShadowRoot[] = [];
    for (const root of this.roots) {
      if (root.host.isConnected) out.push(root);
      else this.roots.delete(root);
    }
    return out;
  }

  remember(elements: Element[]): void {
    for (const el of elements) {
      if (this.shadowless.size >= MAX_SHADOWLESS) return;
      this.shadowless.add(el);
    }
  }

  /** Remembered elements that have a shadow root now: their roots, not yet watched. */
  upgraded(): ShadowRoot[] {
    const out: ShadowRoot[] = [];
    for (const el of this.shadowless) {
      const root = el.shadowRoot;
      if (root) {
        this.shadowless.delete(el);
        if (!this.roots.has(root)) out.push(root);
      } else if (!el.isConnected) this.shadowless.delete(el);
    }
    return out;
  }

  /** Makes sure the hide styles apply where `passage` lives. */
  style(passage: Element): void {
    const root = passage.getRootNode();
    if (!this.css || !(root instanceof this.win.ShadowRoot) || this.styled.has(root)) return;
    this.styled.add(root);
    try {
      if (!this.sheet) {
        this.sheet = new this.win.CSSStyleSheet();
        this.sheet.replaceSync(this.css);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // Firefox content scripts cannot hand their sheet to the page: add a <style> instead.
      const style = root.ownerDocument.createElement('style');
      style.setAttribute('data-spoiler-shield-style', '');
      style.textContent = this.css;
      root.appendChild(style);
    }
  }
}
