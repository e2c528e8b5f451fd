import { describe, expect, it } from 'vitest';
import { fill, localizedLabels, messagesFor } from '../../entrypoints/shield.content/labels';
import { ENGLISH_LABELS } from '../../src/dom/label';

describe('shield label words (bundled locale files, no i18n call)', () => {
  it('reads the English messages for English and for languages without a locale of their own', () => {
    for (const ui of ['en', 'en-US', 'en-GB', 'de', 'pt-BR', 'ja']) {
      const labels = localizedLabels(ui);
      expect(labels.visible('Tiny Pretty Things', 1, 8)).toBe(
        ENGLISH_LABELS.visible('Tiny Pretty Things', 1, 8),
      );
      expect(labels.spoken('Tiny Pretty Things', 1, 8)).toBe(
        'Spoiler for Tiny Pretty Things, S1 E8. Press to reveal.',
      );
    }
    expect(messagesFor('en').shieldLabel?.message).toContain('$SHOW$');
  });

  it('fills placeholders as the browser does, and leaves a title with $ signs alone', () => {
    const m = {
      message: 'Spoiler · $SHOW$ S$SEASON$ E$EPISODE$ · $$5 · reveal',
      placeholders: {
        show: { content: '$1' },
        season: { content: '$2' },
        episode: { content: '$3' },
      },
    };
    expect(fill(m, ['Ca$h $2 Show', '2', '7'])).toBe('Spoiler · Ca$h $2 Show S2 E7 · $5 · reveal');
  });

  it('takes each message from the most specific locale that has it', () => {
    const m = (message: string) => ({ message });
    const locales = {
      en: { shieldLabel: m('A'), shieldLabelSpoken: m('B') },
      pt: { shieldLabel: m('C') },
      pt_BR: { shieldLabelSpoken: m('D') },
    };
    const words = (ui: string) => {
      const got = messagesFor(ui, locales);
      return [got.shieldLabel?.message, got.shieldLabelSpoken?.message];
    };
    expect(words('pt-BR')).toEqual(['C', 'D']);
    expect(words('pt-PT')).toEqual(['C', 'B']);
    expect(words('de')).toEqual(['A', 'B']);
  });
});
