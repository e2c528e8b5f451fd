import type { Decision } from '../core/match/types';
import { LABEL_TAG } from './marks';

/** The words on a label. The content script passes localized ones (browser.i18n). */
export interface LabelText {
  /** Shown on the page, e.g. "Spoiler · Tiny Pretty Things S1 E8 · reveal". */
  visible(show: string, season: number, episode: number): string;
  /** Read by screen readers, e.g. "Spoiler for Tiny Pretty Things, S1 E8. Press to reveal." */
  spoken(show: string, season: number, episode: number): string;
}

export const ENGLISH_LABELS: LabelText = {
  visible: (show, s, e) => `Spoiler · ${show} S${s} E${e} · reveal`,
  spoken: (show, s, e) => `Spoiler for ${show}, S${s} E${e}. Press to reveal.`,
};

/**
 * Builds the reveal button put first inside a hidden passage. Its words live in a closed
 * shadow root: page scripts that read the passage's textContent still get only their own
 * text, and page CSS cannot restyle or hide the words. It is styled by the manifest CSS
 * (absolutely positioned at its static place, so the passage's layout does not move).
 * Never innerHTML: the words may contain a show title from a user pack.
 */
export function createLabel(doc: Document, decision: Decision, words: LabelText): Element {
  const label = doc.createElement(LABEL_TAG);
  label.setAttribute('role', 'button');
  label.setAttribute('tabindex', '0');
  setLabelWords(label, decision, words);
  return label;
}

const shadows = new WeakMap<Element, ShadowRoot | Element>();

/** Updates the words when the same passage now spoils a different episode. */
export function setLabelWords(label: Element, decision: Decision, words: LabelText): void {
  const show = decision.showTitle ?? decision.showId ?? '';
  const season = decision.episode?.season ?? 1;
  const episode = decision.episode?.episode ?? 0;
  label.setAttribute('aria-label', words.spoken(show, season, episode));
  let box = shadows.get(label);
  if (!box) {
    try {
      box = label.attachShadow({ mode: 'closed' });
    } catch {
      // A page that defined its own <spoiler-shield-label> keeps its shadow; write in light DOM.
      box = label;
    }
    shadows.set(label, box);
  }
  box.textContent = words.visible(show, season, episode);
}
