import type { EpisodeRef } from '@/src/core/episode';
import type { TabStatus } from '@/src/core/messages';
import type { Pack } from '@/src/core/pack/schema';
import { nextEpisode, parseEpisodeKey, pickerValue } from '@/src/settings/episodes';
import type { Translate } from '@/src/settings/i18n';
import type { Prefs } from '@/src/settings/prefs';
import { h } from './dom';
import { episodeOptions } from './episode-options';

export type TabState =
  | { kind: 'loading' }
  /** No content script answered: a browser page, the store, or a page loaded before install. */
  | { kind: 'unreachable' }
  | { kind: 'status'; status: TabStatus };

export interface PopupModel {
  shows: Array<{ pack: Pack; reached: EpisodeRef }>;
  prefs: Prefs;
  now: number;
  /** Host of the active tab; '' when it is not a web page. */
  host: string;
  sitePaused: boolean;
  tab: TabState;
}

export interface PopupHandlers {
  pickEpisode(showId: string, reached: EpisodeRef): void;
  nextEpisode(showId: string): void;
  setEnabled(on: boolean): void;
  setSitePaused(paused: boolean): void;
  pauseHour(): void;
  resume(): void;
  revealAll(): void;
  hideAgain(): void;
  openOptions(): void;
}

export interface PopupEnv {
  t: Translate;
  formatTime(ms: number): string;
}

/** The whole popup for one model. Pure DOM: no storage, no browser calls. */
export function renderPopup(model: PopupModel, on: PopupHandlers, env: PopupEnv): HTMLElement {
  const { t } = env;
  const enabled = h('input', { type: 'checkbox', id: 'shield-enabled', role: 'switch' });
  enabled.checked = model.prefs.enabled;
  enabled.addEventListener('change', () => on.setEnabled(enabled.checked));
  return h(
    'div',
    { class: 'popup' },
    h(
      'header',
      { class: 'bar' },
      h('h1', {}, t('extName')),
      h('label', { class: 'switch', for: 'shield-enabled' }, enabled, t('popupShieldOn')),
    ),
    model.shows.length === 0
      ? h('p', { class: 'muted' }, t('popupNoShows'))
      : h('div', { class: 'shows' }, ...model.shows.map((s) => renderShow(s, on, t))),
    renderPause(model, on, env),
    renderTab(model, on, t),
    h(
      'footer',
      {},
      optionsLink(t('popupOpenOptions'), () => on.openOptions()),
    ),
  );
}

function renderShow(
  { pack, reached }: { pack: Pack; reached: EpisodeRef },
  on: PopupHandlers,
  t: Translate,
): HTMLElement {
  const selectId = `episode-${pack.id}`;
  const select = h('select', { id: selectId }, ...episodeOptions(pack, t));
  select.value = pickerValue(pack, reached);
  select.addEventListener('change', () => {
    const reached = parseEpisodeKey(select.value);
    if (reached) on.pickEpisode(pack.id, reached);
  });
  const next = nextEpisode(pack, reached);
  const nextButton = h(
    'button',
    { type: 'button', id: `next-${pack.id}`, class: 'primary', disabled: next === null },
    next ? t('popupWatchedNext', episodeShort(next)) : t('popupAllWatched'),
  );
  nextButton.addEventListener('click', () => on.nextEpisode(pack.id));
  return h(
    'section',
    { class: 'show', 'aria-labelledby': `title-${pack.id}` },
    h('h2', { id: `title-${pack.id}` }, pack.title),
    h('label', { for: selectId }, t('popupLastWatched')),
    select,
    nextButton,
  );
}

export function episodeShort(ref: EpisodeRef): string {
  return `S${ref.season} · E${ref.episode}`;
}

function renderPause(model: PopupModel, on: PopupHandlers, env: PopupEnv): HTMLElement {
  const { t } = env;
  const site = h('input', {
    type: 'checkbox',
    id: 'pause-site',
    disabled: model.host === '',
  });
  site.checked = model.sitePaused;
  site.addEventListener('change', () => on.setSitePaused(site.checked));
  const until = model.prefs.pausedUntil;
  const pausedEverywhere = until !== null && until > model.now;
  return h(
    'section',
    { class: 'pause', 'aria-label': t('popupPauseHeading') },
    h(
      'label',
      { for: 'pause-site', class: 'check' },
      site,
      model.host ? t('popupPauseSite', model.host) : t('popupPauseSiteNone'),
    ),
    pausedEverywhere
      ? h(
          'p',
          { class: 'paused', id: 'paused-state' },
          h('span', {}, t('popupPausedUntil', env.formatTime(until))),
          ' · ',
          button('resume', t('popupResume'), () => on.resume()),
        )
      : button('pause-hour', t('popupPauseHour'), () => on.pauseHour()),
  );
}

function renderTab(model: PopupModel, on: PopupHandlers, t: Translate): HTMLElement {
  const { tab } = model;
  const status = tab.kind === 'status' ? tab.status : null;
  let text: string;
  if (tab.kind === 'loading') text = t('popupTabLoading');
  else if (tab.kind === 'unreachable') text = t('popupTabUnreachable');
  else if (!tab.status.active && tab.status.hidden === 0) text = t('popupTabInactive');
  else if (tab.status.hidden === 1) text = t('popupTabHiddenOne');
  else if (tab.status.hidden > 1) text = t('popupTabHiddenMany', String(tab.status.hidden));
  else text = t('popupTabHiddenNone');
  const reveal = button('reveal-all', t('popupRevealAll'), () => on.revealAll());
  reveal.disabled = !status || status.hidden === 0;
  const hide = button('hide-again', t('popupHideAgain'), () => on.hideAgain());
  hide.disabled = !status || status.revealed === 0;
  return h(
    'section',
    { class: 'tab', 'aria-label': t('popupTabHeading') },
    // Polite live region: the count changes after the user's own actions.
    h('p', { id: 'tab-status', role: 'status', 'aria-live': 'polite' }, text),
    h('div', { class: 'row' }, reveal, hide),
  );
}

function button(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', id }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A real link (it works even if the handler fails); the handler reuses an open options tab. */
function optionsLink(label: string, onClick: () => void): HTMLAnchorElement {
  const a = h('a', { id: 'open-options', href: 'options.html', target: '_blank' }, label);
  a.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return a;
}
