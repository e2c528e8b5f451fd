import { formatEpisode } from '../core/episode';
import type { Decision } from '../core/match/types';
import { createLabel, type LabelText, setLabelWords } from './label';
import { EPISODE_ATTR, SHIELD_ATTR } from './marks';

/**
 * The shield's marks on passages (see marks.ts for the contract): which are hidden (with
 * their label), which the user revealed (with the text they had then). Removing a mark
 * leaves the passage exactly as the page made it.
 */
export class PassageMarks {
  private readonly hidden = new Map<Element, Element>(); // passage -> its label
  private readonly revealed = new Map<Element, string>(); // passage -> text when revealed

  constructor(
    private readonly doc: Document,
    private readonly words: LabelText,
    /** Called when a passage is hidden, e.g. to style the shadow root it lives in. */
    private readonly onHide: (passage: Element) => void,
  ) {}

  get hiddenCount(): number {
    return this.hidden.size;
  }

  get revealedCount(): number {
    return this.revealed.size;
  }

  hiddenPassages(): Iterable<Element> {
    return this.hidden.keys();
  }

  revealedPassages(): Iterable<Element> {
    return this.revealed.keys();
  }

  marked(): Element[] {
    return [...this.hidden.keys(), ...this.revealed.keys()];
  }

  /** Hides `passage`, or keeps it revealed if the user revealed this very text. */
  apply(passage: Element, text: string, decision: Decision): void {
    if (this.revealed.get(passage) === text) this.markRevealed(passage, decision);
    else this.hide(passage, decision);
  }

  reveal(passage: Element, text: string): boolean {
    const label = this.hidden.get(passage);
    if (!label) return false;
    this.hidden.delete(passage);
    label.remove();
    passage.setAttribute(SHIELD_ATTR, 'revealed');
    this.revealed.set(passage, text);
    return true;
  }

  /** Forgets what the user revealed, so the next scan hides it again. */
  forgetRevealed(): void {
    this.revealed.clear();
  }

  unmark(passage: Element): void {
    this.hidden.get(passage)?.remove();
    const marked = this.hidden.delete(passage) || this.revealed.delete(passage);
    if (marked || passage.hasAttribute(SHIELD_ATTR)) {
      passage.removeAttribute(SHIELD_ATTR);
      passage.removeAttribute(EPISODE_ATTR);
    }
  }

  unmarkAll(): void {
    for (const passage of this.marked()) this.unmark(passage);
    this.revealed.clear();
  }

  /** Forgets passages the page removed. */
  prune(): void {
    for (const p of this.hidden.keys()) if (!p.isConnected) this.hidden.delete(p);
    for (const p of this.revealed.keys()) if (!p.isConnected) this.revealed.delete(p);
  }

  private hide(passage: Element, decision: Decision): void {
    const episode = episodeOf(decision);
    const changed = passage.getAttribute(EPISODE_ATTR) !== episode;
    if (passage.getAttribute(SHIELD_ATTR) !== 'hidden') passage.setAttribute(SHIELD_ATTR, 'hidden');
    if (changed) passage.setAttribute(EPISODE_ATTR, episode);
    this.revealed.delete(passage);
    let label = this.hidden.get(passage);
    // The page may have removed our label (a framework re-render): put a new one first.
    if (!label || label.parentNode !== passage) {
      label?.remove();
      label = createLabel(this.doc, decision, this.words);
      passage.insertBefore(label, passage.firstChild);
    } else if (changed) setLabelWords(label, decision, this.words);
    this.hidden.set(passage, label);
    this.onHide(passage);
  }

  private markRevealed(passage: Element, decision: Decision): void {
    this.hidden.get(passage)?.remove();
    this.hidden.delete(passage);
    passage.setAttribute(SHIELD_ATTR, 'revealed');
    passage.setAttribute(EPISODE_ATTR, episodeOf(decision));
  }
}

const episodeOf = (d: Decision) => formatEpisode(d.episode ?? { season: 1, episode: 0 });
