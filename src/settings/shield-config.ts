import { browser } from 'wxt/browser';
import { type EpisodeRef, NOT_STARTED } from '../core/episode';
import type { Sensitivity, ShowProfile } from '../core/match/types';
import type { ShieldSettingsRequest } from '../core/messages';
import { BUILTIN_PACKS } from '../core/pack/builtin/index';
import { activePacks, emptyLibrary } from '../core/pack/library-data';
import type { Pack } from '../core/pack/schema';
import { hostInList } from './hosts';
import { DEFAULT_FOLLOWED } from './keys';
import { libraryAsStored } from './library-as-stored';
import { DEFAULT_PREFS, type HideStyle } from './prefs';
import { type RawSettings, readSettingsWith, watchSettings } from './settings';

/** The settings as the shield reads them: a library in another shape is not repaired here. */
export const readShieldSettings = (): Promise<RawSettings> => readSettingsWith(libraryAsStored);

/**
 * readShieldSettings, raced against asking the background page for the same read; the first
 * answer wins, and only when both fail does this fail (with the storage read's error).
 *
 * Why, in Firefox only: there the first storage call of each page's content script took
 * ~124 ms (storage.local) and ~64 ms (storage.sync) in a no-op extension, while a message to
 * its persistent background page was answered in ~66 ms; the page is held until the settings
 * arrive. The background reads storage when asked, so both answers are the same settings. In
 * Chromium the MV3 service worker may be asleep when a page loads; what waking it costs there
 * was not measured, so the Chromium build keeps the plain read.
 */
export function readShieldSettingsRacing(): Promise<RawSettings> {
  const request: ShieldSettingsRequest = { type: 'get-shield-settings' };
  const fromBackground = browser.runtime.sendMessage(request).then((answer: unknown) => {
    if (!looksLikeSettings(answer)) throw new Error('the background sent no settings');
    return answer;
  });
  const fromStorage = readShieldSettings();
  return Promise.any([fromBackground, fromStorage]).catch(() => fromStorage);
}

/** The shape readSettingsWith returns (the background made it with the same code). */
function looksLikeSettings(value: unknown): value is RawSettings {
  const v = value as Partial<RawSettings> | null | undefined;
  return (
    typeof v?.progress === 'object' &&
    v.progress !== null &&
    Array.isArray(v.followed) &&
    typeof v.prefs === 'object' &&
    v.prefs !== null &&
    typeof v.library === 'object' &&
    v.library !== null
  );
}

export interface ShieldConfig {
  /** enabled, not paused everywhere, and the host is neither paused nor excluded. */
  active: boolean;
  reason?: 'off' | 'paused' | 'site-paused' | 'site-excluded';
  /** Followed, enabled packs with their progress and own terms, in followed order. */
  profiles: ShowProfile[];
  sensitivity: Sensitivity;
  hideStyle: HideStyle;
}

/** Pure: the settings as stored -> what the shield on `host` should do at `now`. */
export function resolveShieldConfig(
  raw: RawSettings,
  host: string,
  now: number,
  builtins: readonly Pack[],
): ShieldConfig {
  const { prefs } = raw;
  const base = { sensitivity: prefs.sensitivity, hideStyle: prefs.hideStyle };
  const reason = inactiveReason(raw, host, now);
  const packs = new Map(activePacks(raw.library, [...builtins]).map((p) => [p.id, p]));
  const profiles: ShowProfile[] = [];
  for (const id of new Set(raw.followed)) {
    const pack = packs.get(id);
    if (!pack) continue;
    const ownTerms = raw.library.ownTerms[id] ?? [];
    profiles.push({ pack, watched: reached(raw.progress[id]), ownTerms });
  }
  return reason
    ? { active: false, reason, profiles, ...base }
    : { active: true, profiles, ...base };
}

function inactiveReason(raw: RawSettings, host: string, now: number): ShieldConfig['reason'] {
  const { prefs } = raw;
  // Most lasting first, so the popup can say why in the words that fit.
  if (!prefs.enabled) return 'off';
  if (hostInList(host, prefs.neverSites)) return 'site-excluded';
  if (prefs.pausedUntil !== null && prefs.pausedUntil > now) return 'paused';
  if (hostInList(host, prefs.pausedSites)) return 'site-paused';
  return undefined;
}

/** Stored progress may come from another build through sync: never trust its shape. */
function reached(value: EpisodeRef | undefined): EpisodeRef {
  if (!value) return NOT_STARTED;
  const { season, episode } = value;
  return Number.isInteger(season) && season >= 1 && Number.isInteger(episode) && episode >= 0
    ? { season, episode }
    : NOT_STARTED;
}

/**
 * The config a fresh install resolves to (the built-in show, not started, default prefs),
 * known without reading storage: what the content script compiles for while the real
 * settings are still on their way (entrypoints/shield.content/matcher-cache.ts).
 */
export function likelyShieldConfig(host: string, now: number): ShieldConfig {
  const raw: RawSettings = {
    progress: {},
    followed: [...DEFAULT_FOLLOWED],
    prefs: DEFAULT_PREFS,
    library: emptyLibrary(),
  };
  return resolveShieldConfig(raw, host, now, BUILTIN_PACKS);
}

/** `stored`: a read already under way, to share (the content script reads once per frame). */
export async function loadShieldConfig(
  host: string,
  stored: Promise<RawSettings> = readShieldSettings(),
): Promise<ShieldConfig> {
  return resolveShieldConfig(await stored, host, Date.now(), BUILTIN_PACKS);
}

/**
 * Calls `onChange` with a fresh config after any relevant storage change, and
 * once more when a pause everywhere runs out (nothing in storage changes then).
 * Returns the unwatch, which also cancels that timer. `initial`: a read already under way,
 * for a pause running when watching starts.
 */
export function watchShieldConfig(
  host: string,
  onChange: (c: ShieldConfig) => void,
  initial: Promise<RawSettings> = readShieldSettings(),
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const scheduleExpiry = (until: number | null, now: number) => {
    clearTimeout(timer);
    timer = undefined;
    if (until === null || until <= now) return;
    // +50 ms so the re-resolve lands after the deadline, not a hair before it.
    timer = setTimeout(() => void refresh(), Math.min(until - now + 50, 2 ** 31 - 1));
  };

  const refresh = async () => {
    const mine = ++generation;
    const raw = await readShieldSettings();
    // A later change may have finished reading first; only the newest one reports.
    if (stopped || mine !== generation) return;
    const now = Date.now();
    scheduleExpiry(raw.prefs.pausedUntil, now);
    onChange(resolveShieldConfig(raw, host, now, BUILTIN_PACKS));
  };

  const unwatch = watchSettings(() => void refresh());
  // A pause already running when watching starts needs its timer too.
  initial.then(
    (raw) => {
      if (!stopped && generation === 0) scheduleExpiry(raw.prefs.pausedUntil, Date.now());
    },
    () => {}, // the caller reports a failed read
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
    unwatch();
  };
}
