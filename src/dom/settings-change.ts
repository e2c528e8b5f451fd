import { compareEpisodes, type EpisodeRef } from '../core/episode';
import type { SettingsChange } from './shield-options';

/**
 * The SettingsChange to pass to Shield.update() when the same matcher (same shows, packs, own
 * terms and sensitivity: the content script's cache hands back the same object) gets new
 * progress: 'fewer' when every show stayed or moved forward within its season, else 'any'.
 * Across a season decisions are not monotonic (a bare "episode 3" is read in the season
 * reached), and a step back may hide anything.
 */
export function progressChange(
  before: readonly EpisodeRef[],
  after: readonly EpisodeRef[],
): SettingsChange {
  if (before.length !== after.length) return 'any';
  for (let i = 0; i < before.length; i++) {
    const from = before[i] as EpisodeRef;
    const to = after[i] as EpisodeRef;
    if (to.season !== from.season || compareEpisodes(to, from) < 0) return 'any';
  }
  return 'fewer';
}
