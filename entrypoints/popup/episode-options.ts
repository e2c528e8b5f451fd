import { NOT_STARTED } from '@/src/core/episode';
import type { Pack } from '@/src/core/pack/schema';
import { episodeKey, listEpisodes } from '@/src/settings/episodes';
import type { Translate } from '@/src/settings/i18n';
import { h } from './dom';

/**
 * The choices of an episode picker: "Not started", then "S1 · E1 · <title>" for
 * each episode, the last of a season saying that the season is finished. With
 * more than one season each gets an <optgroup>, which screen readers announce.
 */
export function episodeOptions(pack: Pack, t: Translate): HTMLElement[] {
  const notStarted = h('option', { value: episodeKey(NOT_STARTED) }, t('episodeNotStarted'));
  const episodes = listEpisodes(pack);
  const seasons = [...new Set(episodes.map((e) => e.season))];
  const option = (e: (typeof episodes)[number]) => {
    const short = `S${e.season} · E${e.episode}`;
    const text = e.lastOfSeason
      ? t('episodeFinishedSeason', short, e.title, String(e.season))
      : t('episodeChoice', short, e.title);
    return h('option', { value: episodeKey(e) }, text);
  };
  if (seasons.length <= 1) return [notStarted, ...episodes.map(option)];
  return [
    notStarted,
    ...seasons.map((season) =>
      h(
        'optgroup',
        { label: t('episodeSeason', String(season)) },
        ...episodes.filter((e) => e.season === season).map(option),
      ),
    ),
  ];
}
