import messages from '../../public/_locales/en/messages.json';
import type { MessageKey, Translate } from '../../src/settings/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * browser.i18n.getMessage as Chrome does it, over the real English file:
 * $NAME$ placeholders (case-insensitive) whose content refers to $1..$9.
 * A missing key or placeholder throws, so the tests also check the locale file.
 */
export const tEn: Translate = (key: MessageKey, ...subs: string[]) => {
  const entry = (messages as unknown as Record<string, Entry | undefined>)[key];
  if (!entry) throw new Error(`messages.json has no key "${key}"`);
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      if (!placeholder) throw new Error(`"${key}" uses $${name}$ without a placeholder`);
      return fill(placeholder.content);
    })
    .replace(/\$\$/g, '$');
};
