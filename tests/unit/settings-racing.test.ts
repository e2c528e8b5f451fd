import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { RawSettings } from '../../src/settings/settings';
import { readShieldSettings, readShieldSettingsRacing } from '../../src/settings/shield-config';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ followed: ['tiny-pretty-things'], progress: {} });
});
afterEach(() => vi.restoreAllMocks());

const answerWith = (answer: () => Promise<unknown>) =>
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(answer as never);

describe('the Firefox settings read, raced against the background page', () => {
  it('takes the background answer when it comes first', async () => {
    const fromBackground = { ...(await readShieldSettings()), followed: ['from-background'] };
    answerWith(async () => fromBackground);
    // The storage read is held back, so the background's answer is first.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(browser.storage.local, 'get').mockImplementation((async (keys: never) => {
      await new Promise((r) => setTimeout(r, 50));
      return get(keys);
    }) as never);
    expect((await readShieldSettingsRacing()).followed).toEqual(['from-background']);
  });

  it('takes the storage read when the background fails or says nothing', async () => {
    const stored = await readShieldSettings();
    answerWith(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await readShieldSettingsRacing()).toEqual(stored);
    answerWith(async () => undefined);
    expect(await readShieldSettingsRacing()).toEqual(stored);
    answerWith(async () => ({ followed: 'not a list' }));
    expect(await readShieldSettingsRacing()).toEqual(stored);
    answerWith(async () => ({ ...stored, progress: null }));
    expect(await readShieldSettingsRacing()).toEqual(stored);
  });

  it("fails with the storage read's error when both fail", async () => {
    answerWith(async () => {
      throw new Error('no background');
    });
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    await expect(readShieldSettingsRacing()).rejects.toThrow('storage is gone');
  });
});

describe("the background's answer", () => {
  it('is the settings as stored, read when asked', async () => {
    Object.assign(browser, { commands: { onCommand: { addListener: () => {} } } });
    background.main();
    await fakeBrowser.storage.sync.set({ followed: ['tiny-pretty-things', 'another-show'] });
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-shield-settings' },
      {},
    );
    const answer = (await Promise.all(results)).find((a) => a !== undefined) as RawSettings;
    expect(answer).toEqual(await readShieldSettings());
    expect(answer.followed).toEqual(['tiny-pretty-things', 'another-show']);
  });
});
