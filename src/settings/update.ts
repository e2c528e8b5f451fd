import type { EpisodeRef } from '../core/episode';
import { hostInList, normalizeHost } from './hosts';
import { followedItem, libraryItem, prefsItem, progressItem } from './items';
import { normalizePrefs, type Prefs } from './prefs';

/**
 * Every write the popup and the options page make. Each one is a small
 * read-modify-write of one item, applied at once: open tabs follow through
 * their storage watch.
 */

export const HOUR_MS = 60 * 60 * 1000;

export async function setProgress(showId: string, reached: EpisodeRef): Promise<void> {
  const progress = await progressItem.getValue();
  await progressItem.setValue({
    ...progress,
    [showId]: { season: reached.season, episode: reached.episode },
  });
}

export async function setFollowed(showId: string, follow: boolean): Promise<void> {
  const followed = await followedItem.getValue();
  const without = followed.filter((id) => id !== showId);
  await followedItem.setValue(follow ? [...without, showId] : without);
}

export async function updatePrefs(change: (prefs: Prefs) => Partial<Prefs>): Promise<Prefs> {
  const prefs = normalizePrefs(await prefsItem.getValue());
  const next = { ...prefs, ...change(prefs) };
  await prefsItem.setValue(next);
  return next;
}

/** Pauses or resumes the shield on `host` (and its subdomains). */
export function setSitePaused(host: string, paused: boolean): Promise<Prefs> {
  const h = normalizeHost(host);
  return updatePrefs(({ pausedSites }) => ({
    pausedSites: paused
      ? hostInList(h, pausedSites)
        ? pausedSites
        : [...pausedSites, h]
      : // Resuming removes every entry that covers the host, however it was written.
        pausedSites.filter((entry) => !hostInList(h, [entry])),
  }));
}

export function pauseEverywhere(now: number, forMs = HOUR_MS): Promise<Prefs> {
  return updatePrefs(() => ({ pausedUntil: now + forMs }));
}

export function resumeEverywhere(): Promise<Prefs> {
  return updatePrefs(() => ({ pausedUntil: null }));
}

/** Back to a fresh install: every item returns to its fallback. */
export async function resetAll(): Promise<void> {
  await Promise.all([
    progressItem.removeValue(),
    followedItem.removeValue(),
    prefsItem.removeValue(),
    libraryItem.removeValue(),
  ]);
}
