import { browser } from 'wxt/browser';
import { ENGLISH_LABELS, type LabelText } from '@/src/dom/label';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Partial<Record<'shieldLabel' | 'shieldLabelSpoken', Message>>;

/**
 * The two label messages of each of the extension's locale files, bundled. Why not
 * browser.i18n.getMessage: its first call in a renderer loads the extension's messages
 * synchronously, and that sat in the first scan of every page with a spoiler, right before
 * first paint (5-12 ms self time in Chromium profiles of an article load).
 *
 * Why one named import per message rather than each file's default export: the default is
 * every message of the popup and the options page (~10 kB), compiled in every frame.
 */
const LOCALES: Record<string, Messages> = byLocale(
  import.meta.glob<Message>('/public/_locales/*/messages.json', {
    eager: true,
    import: 'shieldLabel',
  }),
  import.meta.glob<Message>('/public/_locales/*/messages.json', {
    eager: true,
    import: 'shieldLabelSpoken',
  }),
);

function byLocale(
  visible: Record<string, Message>,
  spoken: Record<string, Message>,
): Record<string, Messages> {
  const locales: Record<string, Messages> = {};
  const locale = (path: string) => path.split('/').at(-2) as string;
  for (const [path, m] of Object.entries(visible)) (locales[locale(path)] ??= {}).shieldLabel = m;
  for (const [path, m] of Object.entries(spoken))
    (locales[locale(path)] ??= {}).shieldLabelSpoken = m;
  return locales;
}
/** The manifest's default_locale (wxt.config.ts). */
const DEFAULT_LOCALE = 'en';

/** Label words in the browser's UI language, by the browser's own fallback rules. */
export function localizedLabels(uiLanguage = browser.i18n.getUILanguage()): LabelText {
  const messages = messagesFor(uiLanguage);
  const visible = messages.shieldLabel;
  const spoken = messages.shieldLabelSpoken;
  return {
    visible: (show, s, e) =>
      visible ? fill(visible, [show, String(s), String(e)]) : ENGLISH_LABELS.visible(show, s, e),
    spoken: (show, s, e) =>
      spoken ? fill(spoken, [show, String(s), String(e)]) : ENGLISH_LABELS.spoken(show, s, e),
  };
}

/**
 * As Chrome and Firefox pick: "pt-BR" reads pt_BR, then pt, then the default locale, each
 * message from the first locale that has it.
 */
export function messagesFor(uiLanguage: string, locales = LOCALES): Messages {
  const exact = uiLanguage.replace('-', '_');
  const base = exact.split('_')[0] ?? '';
  return { ...locales[DEFAULT_LOCALE], ...locales[base], ...locales[exact] };
}

/** A message with its $NAME$ placeholders and $1..$9 substitutions filled; "$$" is "$". */
export function fill(m: Message, substitutions: string[]): string {
  const named = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content;
    return content ?? whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}
