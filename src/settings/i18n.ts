import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');

/** A key of public/_locales/en/messages.json: a typo fails to compile. */
export type MessageKey = Exclude<keyof Messages, 'default'>;

/** Localised text for `key`, with $1..$9 substitutions. Views take it as a parameter. */
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export const translate: Translate = (key, ...substitutions) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions);
