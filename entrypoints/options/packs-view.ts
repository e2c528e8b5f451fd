import { h } from '../popup/dom';
import type { OptionsEnv, OptionsHandlers, PackRow } from './model';

/** "Shows and packs": one row per pack, built-in first. */
export function renderPacks(rows: PackRow[], on: OptionsHandlers, { t }: OptionsEnv): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'packs-heading' },
    // tabindex -1: focus lands here after a pack is deleted.
    h('h2', { id: 'packs-heading', tabindex: -1 }, t('optionsPacksHeading')),
    h('p', { class: 'muted' }, t('optionsPacksHelp')),
    h('ul', { class: 'packs' }, ...rows.map((row) => renderRow(row, on, { t }))),
  );
}

function renderRow(
  { pack, builtin, enabled, followed }: PackRow,
  on: OptionsHandlers,
  { t }: OptionsEnv,
) {
  const id = pack.id;
  const episodes = pack.seasons.reduce((n, s) => n + s.episodes.length, 0);
  const follow = checkbox(
    `follow-${id}`,
    followed,
    t('optionsFollow'),
    t('optionsFollowPack', pack.title),
  );
  follow.input.addEventListener('change', () => on.setFollowed(id, follow.input.checked));
  const enable = checkbox(
    `enable-${id}`,
    enabled,
    t('optionsEnabled'),
    t('optionsEnablePack', pack.title),
  );
  enable.input.addEventListener('change', () => on.setEnabled(id, enable.input.checked));
  const exportButton = h(
    'button',
    { type: 'button', id: `export-${id}`, 'aria-label': t('optionsExportPack', pack.title) },
    t('optionsExport'),
  );
  exportButton.addEventListener('click', () => on.exportPack(id));
  let deleteButton: HTMLButtonElement | null = null;
  if (!builtin) {
    deleteButton = h(
      'button',
      {
        type: 'button',
        id: `delete-${id}`,
        class: 'danger',
        'aria-label': t('optionsDeletePack', pack.title),
      },
      t('optionsDelete'),
    );
    deleteButton.addEventListener('click', () => on.deletePack(id));
  }
  return h(
    'li',
    { class: 'pack', 'aria-labelledby': `pack-${id}` },
    h('h3', { id: `pack-${id}` }, pack.title),
    h(
      'p',
      { class: 'muted' },
      t(
        'optionsPackMeta',
        t(builtin ? 'optionsBuiltIn' : 'optionsImported'),
        String(pack.seasons.length),
        String(episodes),
        String(pack.facts.length),
      ),
    ),
    h('div', { class: 'row' }, follow.label, enable.label, exportButton, deleteButton),
  );
}

/**
 * A checkbox whose visible label is short ("Follow") and whose accessible
 * name also names the pack ("Follow Tiny Pretty Things"), so a screen reader
 * user moving from control to control knows which pack each one is for.
 */
function checkbox(id: string, checked: boolean, visible: string, name: string) {
  const input = h('input', { type: 'checkbox', id, 'aria-label': name });
  input.checked = checked;
  const label = h('label', { class: 'check', for: id }, input, visible);
  return { input, label };
}
