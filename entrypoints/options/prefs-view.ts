import type { Sensitivity } from '@/src/core/match/types';
import type { MessageKey } from '@/src/settings/i18n';
import type { HideStyle } from '@/src/settings/prefs';
import { h } from '../popup/dom';
import { messageList } from './import-view';
import type { OptionsEnv, OptionsHandlers, OptionsModel } from './model';

interface Choice<T extends string> {
  value: T;
  label: MessageKey;
  help: MessageKey;
}

const SENSITIVITIES: Choice<Sensitivity>[] = [
  { value: 'strict', label: 'optionsStrict', help: 'optionsStrictHelp' },
  { value: 'balanced', label: 'optionsBalanced', help: 'optionsBalancedHelp' },
  { value: 'broad', label: 'optionsBroad', help: 'optionsBroadHelp' },
];

const HIDE_STYLES: Choice<HideStyle>[] = [
  { value: 'blur', label: 'optionsBlur', help: 'optionsBlurHelp' },
  { value: 'cover', label: 'optionsCover', help: 'optionsCoverHelp' },
];

/** Sensitivity, hide style, sites where the shield never runs, reset. */
export function renderPrefs(
  model: OptionsModel,
  on: OptionsHandlers,
  env: OptionsEnv,
): HTMLElement {
  const { t } = env;
  return h(
    'section',
    { 'aria-labelledby': 'prefs-heading' },
    h('h2', { id: 'prefs-heading' }, t('optionsPrefsHeading')),
    radios(
      'sensitivity',
      t('optionsSensitivity'),
      SENSITIVITIES,
      model.prefs.sensitivity,
      env,
      (v) => on.setSensitivity(v),
    ),
    radios('hide-style', t('optionsHideStyle'), HIDE_STYLES, model.prefs.hideStyle, env, (v) =>
      on.setHideStyle(v),
    ),
    renderSites(model, on, env),
    renderReset(model, on, env),
  );
}

/** A fieldset of radios, each explained in one line tied to it by aria-describedby. */
function radios<T extends string>(
  name: string,
  legend: string,
  choices: Choice<T>[],
  current: T,
  { t }: OptionsEnv,
  onPick: (value: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'choices' },
    h('legend', {}, legend),
    ...choices.map(({ value, label, help }) => {
      const id = `${name}-${value}`;
      const input = h('input', {
        type: 'radio',
        name,
        id,
        value,
        'aria-describedby': `${id}-help`,
      });
      input.checked = value === current;
      input.addEventListener('change', () => {
        if (input.checked) onPick(value);
      });
      return h(
        'div',
        { class: 'choice' },
        input,
        h('label', { for: id }, t(label)),
        h('p', { id: `${id}-help`, class: 'muted' }, t(help)),
      );
    }),
  );
}

function renderSites(model: OptionsModel, on: OptionsHandlers, { t }: OptionsEnv): HTMLElement {
  const { drafts } = model;
  const text = h('textarea', {
    id: 'never-sites',
    rows: 4,
    spellcheck: 'false',
    'aria-describedby': 'never-sites-help never-sites-errors',
    'aria-invalid': drafts.siteErrors.length > 0 ? 'true' : undefined,
  });
  text.value = drafts.sitesText;
  text.addEventListener('input', () => on.editSites(text.value));
  const save = h('button', { type: 'button', id: 'never-sites-save' }, t('optionsSave'));
  save.addEventListener('click', () => on.saveSites());
  return h(
    'div',
    { class: 'sites' },
    h('label', { for: 'never-sites' }, t('optionsNeverSites')),
    h('p', { id: 'never-sites-help', class: 'muted' }, t('optionsNeverSitesHelp')),
    text,
    h('div', { class: 'row' }, save),
    messageList('never-sites-errors', 'alert', drafts.siteErrors),
    h('p', { id: 'never-sites-notice', role: 'status' }, drafts.sitesNotice),
    renderPausedSites(model.prefs.pausedSites, on, { t }),
  );
}

/** Sites paused from the popup, so they can be resumed without visiting them. */
function renderPausedSites(hosts: string[], on: OptionsHandlers, { t }: OptionsEnv) {
  if (hosts.length === 0) return null;
  return h(
    'div',
    { class: 'paused-sites' },
    h('h3', { id: 'paused-sites-heading', tabindex: -1 }, t('optionsPausedSites')),
    h(
      'ul',
      { 'aria-labelledby': 'paused-sites-heading' },
      ...hosts.map((host, i) => {
        const resume = h(
          'button',
          { type: 'button', id: `resume-site-${i}` },
          t('optionsResumeSite', host),
        );
        resume.addEventListener('click', () => on.resumeSite(host));
        return h('li', {}, resume);
      }),
    ),
  );
}

function renderReset(model: OptionsModel, on: OptionsHandlers, { t }: OptionsEnv): HTMLElement {
  const reset = h('button', { type: 'button', id: 'reset', class: 'danger' }, t('optionsReset'));
  reset.addEventListener('click', () => on.reset());
  return h(
    'div',
    { class: 'reset' },
    h('h3', {}, t('optionsResetHeading')),
    h('p', { class: 'muted', id: 'reset-help' }, t('optionsResetHelp')),
    reset,
    h('p', { id: 'reset-notice', role: 'status' }, model.drafts.resetNotice),
  );
}
