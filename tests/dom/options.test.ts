import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  mountOptions,
  type OptionsController,
  type OptionsDeps,
} from '../../entrypoints/options/app';
import { PackSchema } from '../../src/core/pack/schema';
import { followedItem, libraryItem, prefsItem, progressItem } from '../../src/settings/items';
import { DEFAULT_PREFS } from '../../src/settings/prefs';
import { LANTERN_STREET, lanternStreetText } from '../unit/settings-fixture';
import { tEn } from './i18n-en';

// Lantern Street plays the built-in pack here; imports get other ids.
const lantern = v.parse(PackSchema, LANTERN_STREET);
const harbourText = lanternStreetText({ id: 'harbour-nights', title: 'Harbour Nights' });

let root: HTMLElement;
let page: OptionsController;
let deps: OptionsDeps;

async function open() {
  deps = {
    t: tEn,
    builtins: [lantern],
    now: () => 1000,
    confirm: vi.fn(() => true),
    download: vi.fn(),
    readFile: async (file) => String(await file.text()),
  };
  page = await mountOptions(root, deps);
}

const $ = <T extends HTMLElement>(selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector} on the options page`);
  return el;
};
const type = (selector: string, text: string) => {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  field.value = text;
  field.dispatchEvent(new Event('input'));
};
const storedLocal = () => fakeBrowser.storage.local.get(null);

beforeEach(async () => {
  fakeBrowser.reset();
  root = document.createElement('main');
  document.body.replaceChildren(root);
  await followedItem.setValue(['lantern-street']);
  await open();
});
afterEach(() => page.destroy());

describe('import', () => {
  it('shows every validator message next to the field and changes nothing', async () => {
    const before = await storedLocal();
    type('#import-text', lanternStreetText({ id: 'Bad Id', seasons: [] }));
    $<HTMLButtonElement>('#import-submit').click();
    await page.idle();
    const alert = $('#import-errors');
    expect(alert.getAttribute('role')).toBe('alert');
    const messages = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.some((m) => m?.startsWith('id:'))).toBe(true);
    expect(messages.some((m) => m?.startsWith('seasons'))).toBe(true);
    const field = $('#import-text');
    expect(field.getAttribute('aria-describedby')).toContain('import-errors');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // What the user pasted stays, to be fixed.
    expect($<HTMLTextAreaElement>('#import-text').value).toContain('Bad Id');
    expect(await storedLocal()).toEqual(before);
  });

  it('reports broken JSON with where it broke', async () => {
    type('#import-text', '{"schemaVersion": 1,,}');
    $<HTMLButtonElement>('#import-submit').click();
    await page.idle();
    expect($('#import-errors').textContent).toMatch(/line 1/i);
    expect(await storedLocal()).toEqual({});
  });

  it('imports a valid pack from pasted JSON, then lists it', async () => {
    type('#import-text', harbourText);
    $<HTMLButtonElement>('#import-submit').click();
    await page.idle();
    expect($('#import-notice').textContent).toContain(
      'Imported “Harbour Nights”; you now follow it.',
    );
    expect(await followedItem.getValue()).toEqual(['lantern-street', 'harbour-nights']);
    expect($('#import-errors').textContent).toBe('');
    const lib = await libraryItem.getValue();
    expect(lib.userPacks.map((u) => u.pack.id)).toEqual(['harbour-nights']);
    expect($('#pack-harbour-nights').textContent).toBe('Harbour Nights');
  });

  it('imports from a file', async () => {
    const file = new File([harbourText], 'harbour.json', { type: 'application/json' });
    const input = $<HTMLInputElement>('#import-file');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await page.idle();
    expect((await libraryItem.getValue()).userPacks).toHaveLength(1);
  });
});

describe('packs', () => {
  beforeEach(async () => {
    type('#import-text', harbourText);
    $<HTMLButtonElement>('#import-submit').click();
    await page.idle();
  });

  it('follows and unfollows, and turns a pack off', async () => {
    $<HTMLInputElement>('#follow-harbour-nights').click();
    await page.idle();
    expect(await followedItem.getValue()).toEqual(['lantern-street']);
    $<HTMLInputElement>('#follow-harbour-nights').click();
    await page.idle();
    expect(await followedItem.getValue()).toEqual(['lantern-street', 'harbour-nights']);
    $<HTMLInputElement>('#follow-lantern-street').click();
    await page.idle();
    expect(await followedItem.getValue()).toEqual(['harbour-nights']);
    $<HTMLInputElement>('#enable-lantern-street').click();
    await page.idle();
    expect((await libraryItem.getValue()).disabledBuiltins).toEqual(['lantern-street']);
    expect($<HTMLInputElement>('#enable-lantern-street').checked).toBe(false);
  });

  it('exports a pack as JSON that imports back', async () => {
    $<HTMLButtonElement>('#export-harbour-nights').click();
    expect(deps.download).toHaveBeenCalledOnce();
    const [name, text] = vi.mocked(deps.download).mock.calls[0] ?? [];
    expect(name).toBe('harbour-nights.json');
    expect(JSON.parse(String(text))).toMatchObject({
      id: 'harbour-nights',
      title: 'Harbour Nights',
    });
  });

  it('deletes an imported pack only after confirming; built-ins have no delete', async () => {
    expect(root.querySelector('#delete-lantern-street')).toBeNull();
    vi.mocked(deps.confirm).mockReturnValueOnce(false);
    $<HTMLButtonElement>('#delete-harbour-nights').click();
    await page.idle();
    expect((await libraryItem.getValue()).userPacks).toHaveLength(1);
    $<HTMLButtonElement>('#delete-harbour-nights').focus();
    $<HTMLButtonElement>('#delete-harbour-nights').click();
    await page.idle();
    expect(document.activeElement?.id).toBe('packs-heading');
    expect(deps.confirm).toHaveBeenLastCalledWith(
      'Delete the pack “Harbour Nights”? Your progress and own terms for it are kept.',
    );
    expect((await libraryItem.getValue()).userPacks).toEqual([]);
    expect(root.querySelector('#pack-harbour-nights')).toBeNull();
  });
});

describe('own terms', () => {
  it('adds a term hidden until the chosen episode, and removes it', async () => {
    type('#term-lantern-street', 'Lamp keeper');
    const episode = $<HTMLSelectElement>('#term-episode-lantern-street');
    episode.value = 'S2E2';
    episode.dispatchEvent(new Event('change'));
    $<HTMLFormElement>('.term-form').requestSubmit();
    await page.idle();
    expect((await libraryItem.getValue()).ownTerms).toEqual({
      'lantern-street': [{ term: 'Lamp keeper', season: 2, episode: 2 }],
    });
    expect(root.querySelector('.terms')?.textContent).toContain(
      '“Lamp keeper”, hidden until S2 · E2',
    );
    expect($<HTMLInputElement>('#term-lantern-street').value).toBe('');
    $<HTMLButtonElement>('#remove-term-lantern-street-0').click();
    await page.idle();
    expect((await libraryItem.getValue()).ownTerms).toEqual({});
  });

  it('shows why a term was refused and keeps it in the field', async () => {
    type('#term-lantern-street', 'ab');
    $<HTMLFormElement>('.term-form').requestSubmit();
    await page.idle();
    expect($('#term-errors-lantern-street').textContent).toContain('shorter than 3 letters');
    expect($<HTMLInputElement>('#term-lantern-street').value).toBe('ab');
    expect(await storedLocal()).toEqual({});
  });
});

describe('preferences', () => {
  it('sets sensitivity and hide style, each choice explained', async () => {
    const broad = $<HTMLInputElement>('#sensitivity-broad');
    expect($(`#${broad.getAttribute('aria-describedby')}`).textContent).toMatch(
      /only clear-cut spoilers/,
    );
    broad.click();
    await page.idle();
    $<HTMLInputElement>('#hide-style-cover').click();
    await page.idle();
    expect(await prefsItem.getValue()).toMatchObject({ sensitivity: 'broad', hideStyle: 'cover' });
  });

  it('validates never-sites line by line and saves nothing until all are hosts', async () => {
    type('#never-sites', 'example.com\nnot a site\nhttps://www.forum.example.org/thread/1\n');
    $<HTMLButtonElement>('#never-sites-save').click();
    await page.idle();
    expect($('#never-sites-errors').textContent).toBe(
      'Line 2: “not a site” is not a site name (write it like example.com).',
    );
    expect($('#never-sites').getAttribute('aria-invalid')).toBe('true');
    expect((await prefsItem.getValue()).neverSites).toEqual([]);
    type('#never-sites', 'example.com\nhttps://www.forum.example.org/thread/1\nEXAMPLE.com');
    $<HTMLButtonElement>('#never-sites-save').click();
    await page.idle();
    expect((await prefsItem.getValue()).neverSites).toEqual(['example.com', 'forum.example.org']);
    expect($('#never-sites-notice').textContent).toBe('Saved.');
  });

  it('lists the sites paused from the popup, each with a Resume button', async () => {
    expect(root.querySelector('.paused-sites')).toBeNull();
    await prefsItem.setValue({ ...DEFAULT_PREFS, pausedSites: ['forum.example', 'fans.example'] });
    await vi.waitFor(() => expect(root.querySelector('#resume-site-1')).not.toBeNull());
    const resume = $<HTMLButtonElement>('#resume-site-1');
    expect(resume.textContent).toBe('Resume on fans.example');
    resume.click();
    await page.idle();
    expect((await prefsItem.getValue()).pausedSites).toEqual(['forum.example']);
  });

  it('resets everything to a fresh install after confirming', async () => {
    await progressItem.setValue({ 'lantern-street': { season: 1, episode: 2 } });
    await prefsItem.setValue({ ...DEFAULT_PREFS, enabled: false, neverSites: ['a.example'] });
    $<HTMLButtonElement>('#reset').click();
    await page.idle();
    expect(await progressItem.getValue()).toEqual({});
    expect(await prefsItem.getValue()).toEqual(DEFAULT_PREFS);
    expect(await followedItem.getValue()).toEqual(['tiny-pretty-things']);
    expect($<HTMLTextAreaElement>('#never-sites').value).toBe('');
    expect($('#reset-notice').textContent).toBe('Everything is back to the defaults.');
  });

  it('changes nothing when the reset is not confirmed', async () => {
    await prefsItem.setValue({ ...DEFAULT_PREFS, enabled: false });
    vi.mocked(deps.confirm).mockReturnValueOnce(false);
    $<HTMLButtonElement>('#reset').click();
    await page.idle();
    expect((await prefsItem.getValue()).enabled).toBe(false);
  });
});

it('labels every control', () => {
  for (const control of root.querySelectorAll('input, select, button, textarea')) {
    const labelled =
      (control.id && root.querySelector(`label[for="${control.id}"]`)) ||
      control.getAttribute('aria-label') ||
      control.textContent?.trim();
    expect(labelled, control.outerHTML).toBeTruthy();
  }
});
