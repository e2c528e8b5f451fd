import { h } from '../popup/dom';
import { renderImport } from './import-view';
import type { OptionsEnv, OptionsHandlers, OptionsModel } from './model';
import { renderPacks } from './packs-view';
import { renderPrefs } from './prefs-view';
import { renderTerms } from './terms-view';

/** The whole options page for one model. Pure DOM: no storage, no browser calls. */
export function renderOptions(
  model: OptionsModel,
  on: OptionsHandlers,
  env: OptionsEnv,
): HTMLElement {
  return h(
    'div',
    { class: 'options' },
    h('h1', {}, env.t('optionsTitle')),
    renderPacks(model.packs, on, env),
    renderImport(model.drafts, on, env),
    renderTerms(model, on, env),
    renderPrefs(model, on, env),
  );
}
