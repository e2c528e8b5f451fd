import type { OwnTerm } from '@/src/core/match/types';
import { episodeKey, listEpisodes } from '@/src/settings/episodes';
import { h } from '../popup/dom';
import { blankTermDraft } from './drafts';
import { messageList } from './import-view';
import type { OptionsEnv, OptionsHandlers, OptionsModel, PackRow } from './model';

/** "Your own terms", per followed show: a list with Remove, and an add form. */
export function renderTerms(
  model: OptionsModel,
  on: OptionsHandlers,
  env: OptionsEnv,
): HTMLElement {
  const { t } = env;
  const shows = model.packs.filter((row) => row.followed && row.enabled);
  return h(
    'section',
    { 'aria-labelledby': 'terms-heading' },
    h('h2', { id: 'terms-heading' }, t('optionsTermsHeading')),
    h('p', { class: 'muted' }, t('optionsTermsHelp')),
    shows.length === 0 && h('p', {}, t('optionsTermsNoShows')),
    ...shows.map((row) => renderShowTerms(row, model, on, env)),
  );
}

function renderShowTerms(
  { pack }: PackRow,
  model: OptionsModel,
  on: OptionsHandlers,
  { t }: OptionsEnv,
): HTMLElement {
  const id = pack.id;
  const terms = model.ownTerms[id] ?? [];
  const episodes = listEpisodes(pack);
  const draft = model.drafts.terms[id] ?? blankTermDraft(pack);
  const short = (term: OwnTerm) => `S${term.season} · E${term.episode}`;
  const list = h(
    'ul',
    { class: 'terms' },
    ...terms.map((term, i) => {
      const remove = h(
        'button',
        {
          type: 'button',
          id: `remove-term-${id}-${i}`,
          'aria-label': t('optionsRemoveTerm', term.term),
        },
        t('optionsRemove'),
      );
      remove.addEventListener('click', () => on.removeTerm(id, term));
      return h('li', {}, h('span', {}, t('optionsTermUntil', term.term, short(term))), ' ', remove);
    }),
  );
  const termInput = h('input', {
    type: 'text',
    id: `term-${id}`,
    autocomplete: 'off',
    'aria-describedby': `term-errors-${id}`,
    'aria-invalid': draft.errors.length > 0 ? 'true' : undefined,
  });
  termInput.value = draft.term;
  termInput.addEventListener('input', () => on.editTerm(id, { term: termInput.value }));
  const select = h(
    'select',
    { id: `term-episode-${id}` },
    ...episodes.map((e) =>
      h(
        'option',
        { value: episodeKey(e) },
        t('episodeChoice', `S${e.season} · E${e.episode}`, e.title),
      ),
    ),
  );
  select.value = draft.episode;
  select.addEventListener('change', () => on.editTerm(id, { episode: select.value }));
  const add = h('button', { type: 'submit', id: `add-term-${id}` }, t('optionsAddTerm'));
  const form = h(
    'form',
    { class: 'term-form', 'aria-label': t('optionsAddTermFor', pack.title) },
    h('div', { class: 'field' }, h('label', { for: `term-${id}` }, t('optionsTerm')), termInput),
    h(
      'div',
      { class: 'field' },
      h('label', { for: `term-episode-${id}` }, t('optionsTermEpisode')),
      select,
    ),
    add,
  );
  // A form, so Enter in the term field adds it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    on.addTerm(id);
  });
  return h(
    'div',
    { class: 'show-terms' },
    h('h3', {}, pack.title),
    terms.length === 0 ? h('p', { class: 'muted' }, t('optionsNoTerms')) : list,
    form,
    messageList(`term-errors-${id}`, 'alert', draft.errors),
  );
}
