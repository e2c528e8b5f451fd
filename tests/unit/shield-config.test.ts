import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOT_STARTED } from '../../src/core/episode';
import { BUILTIN_PACKS, DEFAULT_SHOW_ID } from '../../src/core/pack/builtin/index';
import { emptyLibrary, type PackLibrary } from '../../src/core/pack/library';
import { PackSchema } from '../../src/core/pack/schema';
import { prefsItem, progressItem } from '../../src/settings/items';
import { DEFAULT_PREFS, type Prefs } from '../../src/settings/prefs';
import type { RawSettings } from '../../src/settings/settings';
import {
  likelyShieldConfig,
  loadShieldConfig,
  readShieldSettings,
  resolveShieldConfig,
  type ShieldConfig,
  watchShieldConfig,
} from '../../src/settings/shield-config';
import { LANTERN_STREET } from './settings-fixture';

const lantern = v.parse(PackSchema, LANTERN_STREET);
const NOW = Date.UTC(2026, 10, 27, 13, 0);

const raw = (change: Partial<RawSettings> = {}): RawSettings => ({
  progress: {},
  followed: ['lantern-street'],
  prefs: DEFAULT_PREFS,
  library: emptyLibrary(),
  ...change,
});
const resolve = (settings: RawSettings, host = 'www.example.com', now = NOW) =>
  resolveShieldConfig(settings, host, now, [lantern]);

describe('resolveShieldConfig', () => {
  it('is active by default, with the followed show not started', () => {
    const config = resolve(raw());
    expect(config).toEqual({
      active: true,
      profiles: [{ pack: lantern, watched: NOT_STARTED, ownTerms: [] }],
      sensitivity: 'balanced',
      hideStyle: 'blur',
    });
  });

  it('carries progress, own terms, sensitivity and hide style', () => {
    const library: PackLibrary = {
      ...emptyLibrary(),
      ownTerms: { 'lantern-street': [{ term: 'Mimi', season: 1, episode: 3 }] },
    };
    const config = resolve(
      raw({
        progress: { 'lantern-street': { season: 1, episode: 2 } },
        prefs: { ...DEFAULT_PREFS, sensitivity: 'broad', hideStyle: 'cover' },
        library,
      }),
    );
    expect(config.profiles[0]?.watched).toEqual({ season: 1, episode: 2 });
    expect(config.profiles[0]?.ownTerms).toEqual([{ term: 'Mimi', season: 1, episode: 3 }]);
    expect(config).toMatchObject({ sensitivity: 'broad', hideStyle: 'cover' });
  });

  it.each<[string, Partial<Prefs>, string, ShieldConfig['reason']]>([
    ['shield off', { enabled: false }, 'www.example.com', 'off'],
    ['paused for an hour', { pausedUntil: NOW + 60_000 }, 'www.example.com', 'paused'],
    [
      'site never runs (subdomain)',
      { neverSites: ['example.com'] },
      'forum.example.com',
      'site-excluded',
    ],
    ['site paused', { pausedSites: ['example.com'] }, 'www.example.com', 'site-paused'],
    [
      'off wins over a site rule',
      { enabled: false, neverSites: ['example.com'] },
      'example.com',
      'off',
    ],
    [
      'never wins over a pause',
      { neverSites: ['example.com'], pausedUntil: NOW + 1 },
      'example.com',
      'site-excluded',
    ],
  ])('is inactive: %s', (_name, prefs, host, reason) => {
    const config = resolve(raw({ prefs: { ...DEFAULT_PREFS, ...prefs } }), host);
    expect(config.active).toBe(false);
    expect(config.reason).toBe(reason);
    // Profiles stay, so the content script can still tell what it would hide.
    expect(config.profiles).toHaveLength(1);
  });

  it.each<[string, Partial<Prefs>, string]>([
    ['a pause that has run out', { pausedUntil: NOW - 1 }, 'www.example.com'],
    ['a pause ending exactly now', { pausedUntil: NOW }, 'www.example.com'],
    ['a never-site that only looks similar', { neverSites: ['ample.com'] }, 'example.com'],
    ['a paused site elsewhere', { pausedSites: ['other.example'] }, 'www.example.com'],
  ])('stays active with %s', (_name, prefs, host) => {
    expect(resolve(raw({ prefs: { ...DEFAULT_PREFS, ...prefs } }), host)).toMatchObject({
      active: true,
    });
  });

  it('skips shows without a pack and packs switched off', () => {
    expect(resolve(raw({ followed: ['no-such-show', 'lantern-street'] })).profiles).toHaveLength(1);
    const disabled = { ...emptyLibrary(), disabledBuiltins: ['lantern-street'] };
    expect(resolve(raw({ library: disabled })).profiles).toEqual([]);
  });

  it('uses an enabled imported pack, and not a disabled one', () => {
    const other = { ...lantern, id: 'harbour-nights', title: 'Harbour Nights' };
    const entry = { pack: other, enabled: true, importedAt: 1 };
    const library = { ...emptyLibrary(), userPacks: [entry] };
    const followed = ['lantern-street', 'harbour-nights'];
    expect(resolve(raw({ library, followed })).profiles.map((p) => p.pack.id)).toEqual(followed);
    const off = { ...library, userPacks: [{ ...entry, enabled: false }] };
    expect(resolve(raw({ library: off, followed })).profiles).toHaveLength(1);
  });

  it('reads malformed progress (from another build, through sync) as not started', () => {
    const progress = { 'lantern-street': { season: 0, episode: -2 } };
    expect(resolve(raw({ progress })).profiles[0]?.watched).toEqual(NOT_STARTED);
  });
});

describe('loadShieldConfig and watchShieldConfig', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('loads the built-in default show on a fresh install', async () => {
    const config = await loadShieldConfig('www.example.com');
    expect(config.active).toBe(true);
    expect(config.profiles.map((p) => p.pack.id)).toEqual([DEFAULT_SHOW_ID]);
    expect(config.profiles[0]?.pack).toBe(BUILTIN_PACKS[0]);
  });

  it('reports a progress change, and the end of a pause without any storage change', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const seen: ShieldConfig[] = [];
    const unwatch = watchShieldConfig('www.example.com', (c) => seen.push(c));

    await progressItem.setValue({ [DEFAULT_SHOW_ID]: { season: 1, episode: 7 } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.profiles[0]?.watched).toEqual({ season: 1, episode: 7 });

    await prefsItem.setValue({ ...DEFAULT_PREFS, pausedUntil: NOW + 60 * 60 * 1000 });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ active: false, reason: 'paused' });

    await vi.advanceTimersByTimeAsync(59 * 60 * 1000);
    expect(seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2 * 60 * 1000);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toMatchObject({ active: true });

    unwatch();
    await progressItem.setValue({});
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(3);
  });

  it('shares one read between loading and watching', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await prefsItem.setValue({ ...DEFAULT_PREFS, pausedUntil: NOW + 1000 });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const stored = readShieldSettings();
    const seen: ShieldConfig[] = [];
    const config = await loadShieldConfig('www.example.com', stored);
    const unwatch = watchShieldConfig('www.example.com', (c) => seen.push(c), stored);
    expect(config).toMatchObject({ active: false, reason: 'paused' });
    expect(get).toHaveBeenCalledTimes(1);
    // The shared read still schedules the end of the running pause.
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.active).toBe(true);
    unwatch();
  });

  it('guesses, without storage, the config a fresh install loads', async () => {
    const guess = likelyShieldConfig('www.example.com', NOW);
    expect(guess).toEqual(await loadShieldConfig('www.example.com'));
  });

  it('schedules the end of a pause that was already running when watching began', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await prefsItem.setValue({ ...DEFAULT_PREFS, pausedUntil: NOW + 1000 });
    const seen: ShieldConfig[] = [];
    const unwatch = watchShieldConfig('www.example.com', (c) => seen.push(c));
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.active).toBe(true);
    unwatch();
  });
});
