import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLibrary } from '../../src/core/pack/library';
import { followedItem, libraryItem, prefsItem, progressItem } from '../../src/settings/items';
import { asLibrary, readSettings } from '../../src/settings/library-read';
import { DEFAULT_PREFS, migratePrefsV1toV2, type PrefsV1 } from '../../src/settings/prefs';
import { LANTERN_STREET } from './settings-fixture';

/** prefs as the first design stored them (version 1, no "prefs$" metadata). */
const PREFS_V1: PrefsV1 = {
  enabled: true,
  paused: false,
  sensitivity: 'strict',
  blurStyle: 'solid',
  excludedSites: ['mail.example.com', 'bank.example'],
  pausedSites: ['forum.example.net'],
};

describe('prefs v1 -> v2 (pure step)', () => {
  it('renames blurStyle/excludedSites and starts with no pause deadline', () => {
    expect(migratePrefsV1toV2(PREFS_V1)).toEqual({
      enabled: true,
      sensitivity: 'strict',
      hideStyle: 'cover',
      neverSites: ['mail.example.com', 'bank.example'],
      pausedSites: ['forum.example.net'],
      pausedUntil: null,
    });
  });

  it('turns an open-ended v1 pause into the shield switched off, not a deadline', () => {
    const v2 = migratePrefsV1toV2({ ...PREFS_V1, paused: true, blurStyle: 'blur' });
    expect(v2.enabled).toBe(false);
    expect(v2.pausedUntil).toBeNull();
    expect(v2.hideStyle).toBe('blur');
  });

  it('fills the defaults for fields a v1 value lacks', () => {
    expect(migratePrefsV1toV2({ paused: false })).toEqual(DEFAULT_PREFS);
    expect(migratePrefsV1toV2(null)).toEqual(DEFAULT_PREFS);
  });

  it('keeps a v2-shaped value written without version metadata as it is', () => {
    const v2 = { ...DEFAULT_PREFS, hideStyle: 'cover' as const, neverSites: ['a.example'] };
    expect(migratePrefsV1toV2(v2 as never)).toEqual(v2);
  });
});

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored v1 prefs value to v2 and records the version', async () => {
    await fakeBrowser.storage.sync.set({ prefs: PREFS_V1 });
    await prefsItem.migrate();
    const stored = await fakeBrowser.storage.sync.get(['prefs', 'prefs$']);
    expect(stored.prefs).toEqual(migratePrefsV1toV2(PREFS_V1));
    expect(stored.prefs$).toEqual({ v: 2 });
    expect(await prefsItem.getValue()).toEqual(stored.prefs);
  });

  it('leaves a v2 value alone', async () => {
    const v2 = { ...DEFAULT_PREFS, pausedUntil: 1234 };
    await fakeBrowser.storage.sync.set({ prefs: v2, prefs$: { v: 2 } });
    await prefsItem.migrate();
    expect((await fakeBrowser.storage.sync.get('prefs')).prefs).toEqual(v2);
  });

  it('a fresh install reads the fallbacks and writes nothing', async () => {
    const settings = await readSettings();
    expect(settings.followed).toEqual(['tiny-pretty-things']);
    expect(settings.progress).toEqual({});
    expect(settings.prefs).toEqual(DEFAULT_PREFS);
    expect(settings.library).toEqual(emptyLibrary());
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps progress and followed in sync storage, the library in local storage', async () => {
    await progressItem.setValue({ 'lantern-street': { season: 1, episode: 2 } });
    await followedItem.setValue(['lantern-street']);
    await libraryItem.setValue(emptyLibrary());
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual([
      'followed',
      'progress',
    ]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['library']);
  });

  it('reads everything with one storage.get per area, a v1 prefs value already migrated', async () => {
    await fakeBrowser.storage.sync.set({ prefs: PREFS_V1 });
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { prefs } = await readSettings();
    expect(prefs).toEqual(migratePrefsV1toV2(PREFS_V1));
    expect([syncGet.mock.calls.length, localGet.mock.calls.length]).toEqual([1, 1]);
    syncGet.mockRestore();
    localGet.mockRestore();
  });

  it('drops progress entries that are not episode points', async () => {
    await fakeBrowser.storage.sync.set({
      progress: { a: { season: 1, episode: 3 }, b: { season: 0, episode: 1 }, c: 'S1E2', d: null },
    });
    expect((await readSettings()).progress).toEqual({ a: { season: 1, episode: 3 } });
  });

  it('reads prefs of an unknown shape (another build, through sync) as complete prefs', async () => {
    await fakeBrowser.storage.sync.set({
      prefs: {
        enabled: 'yes',
        sensitivity: 'extreme',
        hideStyle: 'cover',
        neverSites: [3, 'x.example'],
      },
      prefs$: { v: 2 },
    });
    const { prefs } = await readSettings();
    expect(prefs).toEqual({ ...DEFAULT_PREFS, hideStyle: 'cover', neverSites: ['x.example'] });
  });
});

describe('library read', () => {
  it('uses a well-formed library as it is', () => {
    const lib = { ...emptyLibrary(), disabledBuiltins: ['tiny-pretty-things'] };
    expect(asLibrary(lib)).toBe(lib);
  });

  it('repairs a damaged library through migrateLibrary, dropping what it cannot read', () => {
    const damaged = {
      userPacks: [{ pack: LANTERN_STREET, enabled: true, importedAt: 5 }, { pack: { id: 'x' } }],
      ownTerms: { 'lantern-street': [{ term: 'Mimi', season: 1, episode: 2 }, { term: '' }] },
    };
    const lib = asLibrary(damaged);
    expect(lib.userPacks.map((u) => u.pack.id)).toEqual(['lantern-street']);
    expect(lib.ownTerms).toEqual({ 'lantern-street': [{ term: 'Mimi', season: 1, episode: 2 }] });
    expect(lib.disabledBuiltins).toEqual([]);
  });

  it('reads nothing from a library saved by a newer version', () => {
    expect(asLibrary({ version: 9, userPacks: 'future' })).toEqual(emptyLibrary());
  });
});
