import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANTERN_STREET } from '../unit/settings-fixture';
import { type Rig, startRig } from './rig';

/** A made-up show to import, under a title of its own. */
const pack = { ...LANTERN_STREET } as Record<string, unknown>;
const copyText = JSON.stringify({ ...pack, id: 'lantern-copy', title: 'Lantern Street, my copy' });

describe('options page in Chromium', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('opens in a tab from the manifest, imports, refuses a broken pack, and deletes after confirming', async () => {
    const manifest = await rig.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest).toMatchObject({ options_ui: { page: 'options.html', open_in_tab: true } });

    const page = await rig.optionsPage();
    await page.waitForSelector('#packs-heading');
    expect(await page.title()).toBe('Spoiler Shield settings');

    // Broken: the validator's messages show under the field, and storage stays empty.
    await page
      .getByLabel("Or paste the pack's JSON")
      .fill(JSON.stringify({ ...pack, id: 'lantern-copy', seasons: [] }));
    await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    await expect.poll(() => page.locator('#import-errors li').count()).toBeGreaterThan(0);
    expect(await page.locator('#import-errors').getAttribute('role')).toBe('alert');
    expect(await rig.getStorage('local', ['library'])).toEqual({});

    // From a file.
    await page.getByLabel('Pack file (.json)').setInputFiles({
      name: 'lantern-copy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(copyText),
    });
    await expect
      .poll(() => page.locator('#import-notice').textContent())
      .toContain('Imported “Lantern Street, my copy”; you now follow it.');
    const { library } = (await rig.getStorage('local', ['library'])) as {
      library: { userPacks: Array<{ pack: { id: string } }> };
    };
    expect(library.userPacks.map((u) => u.pack.id)).toEqual(['lantern-copy']);

    // Export downloads a .json file through a Blob URL.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Lantern Street, my copy' }).click();
    expect((await download).suggestedFilename()).toBe('lantern-copy.json');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Lantern Street, my copy' }).click();
    await expect.poll(() => page.locator('#pack-lantern-copy').count()).toBe(0);
    const after = (await rig.getStorage('local', ['library'])) as {
      library: { userPacks: unknown[] };
    };
    expect(after.library.userPacks).toEqual([]);
    await page.close();
  });
});
