import { ENGLISH_LABELS, type LabelText } from '@/src/dom/label';
import { translate } from '@/src/settings/i18n';

/** Label words from the extension's locale files; English if a message is missing. */
export function localizedLabels(): LabelText {
  return {
    visible: (show, s, e) =>
      translate('shieldLabel', show, String(s), String(e)) || ENGLISH_LABELS.visible(show, s, e),
    spoken: (show, s, e) =>
      translate('shieldLabelSpoken', show, String(s), String(e)) ||
      ENGLISH_LABELS.spoken(show, s, e),
  };
}
