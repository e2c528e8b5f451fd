import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyLibrary, type PackLibrary } from '../../src/core/pack/library';
import { PackSchema } from '../../src/core/pack/schema';
import { libraryAsStored } from '../../src/settings/library-as-stored';
import { readSettings } from '../../src/settings/library-read';
import { DEFAULT_PREFS } from '../../src/settings/prefs';
import { watchSettings } from '../../src/settings/settings';
import { readShieldSettings } from '../../src/settings/shield-config';
import { LANTERN_STREET } from './settings-fixture';

const lantern = v.parse(PackSchema, LANTERN_STREET);
const withLantern: PackLibrary = {
  ...emptyLibrary(),
  userPacks: [{ pack: lantern, enabled: true, importedAt: 1 }],
};
/** A library as a damaged store might hold it: current version, but no disabledBuiltins. */
const damaged = { version: 1, userPacks: [{ pack: lantern, enabled: true }], ownTerms: {} };

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('the shield read (content script)', () => {
  it('reads every item from its own area', async () => {
    await fakeBrowser.storage.sync.set({
      progress: { 'lantern-street': { season: 1, episode: 3 } },
      followed: ['lantern-street'],
      prefs: { ...DEFAULT_PREFS, sensitivity: 'strict' },
    });
    await fakeBrowser.storage.local.set({ library: withLantern });
    const settings = await readShieldSettings();
    expect(settings.progress).toEqual({ 'lantern-street': { season: 1, episode: 3 } });
    expect(settings.followed).toEqual(['lantern-street']);
    expect(settings.prefs.sensitivity).toBe('strict');
    expect(settings.library).toEqual(withLantern);
  });

  it('reads nothing stored as a fresh install, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const settings = await readShieldSettings();
    expect(settings.library).toEqual(emptyLibrary());
    expect(settings.followed).toEqual(['tiny-pretty-things']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('shields a library in another shape with the built-in shows only, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ library: damaged });
    expect((await readShieldSettings()).library).toEqual(emptyLibrary());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pack library'));
    // Nothing stored is changed: the pages still repair it in full.
    expect((await fakeBrowser.storage.local.get('library')).library).toEqual(damaged);
    expect((await readSettings()).library.userPacks.map((u) => u.pack.id)).toEqual([
      'lantern-street',
    ]);
  });

  it('uses a current library as it is', () => {
    expect(libraryAsStored(withLantern)).toBe(withLantern);
  });
});

describe('watchSettings', () => {
  it('calls once per change that gives a settings item a new value', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await fakeBrowser.storage.sync.set({ prefs: DEFAULT_PREFS });
    expect(onChange).toHaveBeenCalledTimes(1);
    // The same value written again, another area's key of the same name, unrelated keys: none.
    await fakeBrowser.storage.sync.set({ prefs: { ...DEFAULT_PREFS } });
    await fakeBrowser.storage.local.set({ prefs: 'not a setting here', other: 1 });
    await fakeBrowser.storage.sync.set({ unrelated: true });
    expect(onChange).toHaveBeenCalledTimes(1);
    // Two items in one write: one call.
    await fakeBrowser.storage.sync.set({
      followed: ['a'],
      progress: { a: { season: 1, episode: 1 } },
    });
    expect(onChange).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.local.set({ library: withLantern });
    expect(onChange).toHaveBeenCalledTimes(3);
    unwatch();
    await fakeBrowser.storage.local.set({ library: emptyLibrary() });
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
