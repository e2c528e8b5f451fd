import type { Sensitivity } from '../core/match/types';

export type HideStyle = 'blur' | 'cover';

/** The current (v2) shape of `sync:prefs`. */
export interface Prefs {
  enabled: boolean;
  sensitivity: Sensitivity;
  hideStyle: HideStyle;
  /** Hosts where the shield never runs (subdomains included). */
  neverSites: string[];
  /** Hosts paused from the popup; same matching as neverSites. */
  pausedSites: string[];
  /** Epoch ms until which the shield is paused everywhere; null when not paused. */
  pausedUntil: number | null;
}

export const DEFAULT_PREFS: Prefs = {
  enabled: true,
  sensitivity: 'balanced',
  hideStyle: 'blur',
  neverSites: [],
  pausedSites: [],
  pausedUntil: null,
};

/**
 * The v1 shape: the first design, before pausing for a while existed. `paused`
 * had no end and `blurStyle` said 'solid' where the UI now says "cover".
 */
export interface PrefsV1 {
  enabled: boolean;
  paused: boolean;
  sensitivity: Sensitivity;
  blurStyle: 'blur' | 'solid';
  excludedSites: string[];
  pausedSites: string[];
}

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];

/**
 * v1 -> v2. A v1 "paused" had no end time; the nearest v2 meaning is the shield
 * switched off (an indefinite pause that the user lifts by switching it on),
 * not a pausedUntil that would silently expire.
 */
export function migratePrefsV1toV2(old: Partial<PrefsV1> | null | undefined): Prefs {
  const v1 = old ?? {};
  // A value written without version metadata (by hand, or by a test) reads as v1
  // to WXT; if it already has the v2 fields, renaming would lose them.
  if ('neverSites' in v1 || 'hideStyle' in v1 || 'pausedUntil' in v1) return normalizePrefs(v1);
  return normalizePrefs({
    enabled: v1.enabled !== false && v1.paused !== true,
    sensitivity: v1.sensitivity,
    hideStyle: v1.blurStyle === 'solid' ? 'cover' : 'blur',
    neverSites: v1.excludedSites,
    pausedSites: v1.pausedSites,
    pausedUntil: null,
  });
}

/**
 * Any stored value -> a complete Prefs. Storage is shared with other browsers
 * through sync, which may run an older or newer build, so reads never trust
 * the shape: unknown fields are dropped and missing ones take the default.
 */
export function normalizePrefs(value: unknown): Prefs {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_PREFS.enabled,
    sensitivity: SENSITIVITIES.includes(raw.sensitivity as Sensitivity)
      ? (raw.sensitivity as Sensitivity)
      : DEFAULT_PREFS.sensitivity,
    hideStyle: raw.hideStyle === 'cover' ? 'cover' : 'blur',
    neverSites: strings(raw.neverSites),
    pausedSites: strings(raw.pausedSites),
    pausedUntil:
      typeof raw.pausedUntil === 'number' && Number.isFinite(raw.pausedUntil)
        ? raw.pausedUntil
        : null,
  };
}
