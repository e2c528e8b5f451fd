import { h } from '../popup/dom';
import type { Drafts, OptionsEnv, OptionsHandlers } from './model';

/**
 * Import from a file or from pasted JSON. The validator's messages appear in
 * an alert right under the fields, and both fields point at it with
 * aria-describedby, so a screen reader reads the problems with the field.
 */
export function renderImport(drafts: Drafts, on: OptionsHandlers, { t }: OptionsEnv): HTMLElement {
  const invalid = drafts.importErrors.length > 0;
  const describedBy = 'import-help import-errors';
  const file = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? 'true' : undefined,
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) on.importFile(chosen);
  });
  const text = h('textarea', {
    id: 'import-text',
    rows: 6,
    spellcheck: 'false',
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? 'true' : undefined,
  });
  text.value = drafts.importText;
  text.addEventListener('input', () => on.editImport(text.value));
  const submit = h('button', { type: 'button', id: 'import-submit' }, t('optionsImportPasted'));
  submit.addEventListener('click', () => on.importPasted());
  return h(
    'section',
    { 'aria-labelledby': 'import-heading' },
    h('h2', { id: 'import-heading' }, t('optionsImportHeading')),
    h('p', { id: 'import-help', class: 'muted' }, t('optionsImportHelp')),
    h('label', { for: 'import-file' }, t('optionsImportFile')),
    file,
    h('label', { for: 'import-text' }, t('optionsImportText')),
    text,
    h('div', { class: 'row' }, submit),
    messageList('import-errors', 'alert', drafts.importErrors),
    h(
      'div',
      { id: 'import-notice', role: 'status' },
      drafts.importNotice,
      drafts.importWarnings.length > 0 &&
        h('ul', {}, ...drafts.importWarnings.map((w) => h('li', {}, w))),
    ),
  );
}

/** An always-present live region: screen readers only announce regions that already exist. */
export function messageList(id: string, role: 'alert' | 'status', messages: string[]): HTMLElement {
  return h(
    'div',
    { id, role },
    messages.length > 0 && h('ul', {}, ...messages.map((m) => h('li', {}, m))),
  );
}
