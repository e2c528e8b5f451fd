import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup, type PopupController, type PopupDeps } from '../../entrypoints/popup/app';
import type { TabCommand, TabStatus } from '../../src/core/messages';
import { PackSchema } from '../../src/core/pack/schema';
import { followedItem, prefsItem, progressItem } from '../../src/settings/items';
import { readSettings } from '../../src/settings/library-read';
import { resolveShieldConfig } from '../../src/settings/shield-config';
import { LANTERN_STREET } from '../unit/settings-fixture';
import { tEn } from './i18n-en';

const lantern = v.parse(PackSchema, LANTERN_STREET);
const NOW = Date.UTC(2026, 10, 27, 13, 0);
const HOUR = 60 * 60 * 1000;

let root: HTMLElement;
let popup: PopupController;
let sent: TabCommand[];
let tabStatus: TabStatus | null;

async function open(change: Partial<PopupDeps> = {}) {
  popup = await mountPopup(root, {
    t: tEn,
    formatTime: (ms) => `T+${Math.round((ms - NOW) / 60000)}min`,
    builtins: [lantern],
    now: () => Date.now(),
    activeTab: async () => ({ id: 7, host: 'www.example.org' }),
    async sendToTab(_tabId, command) {
      sent.push(command);
      if (tabStatus && command.type === 'reveal-all') {
        tabStatus = { ...tabStatus, hidden: 0, revealed: tabStatus.hidden + tabStatus.revealed };
      }
      return tabStatus;
    },
    openOptions: vi.fn(),
    ...change,
  });
}

const $ = <T extends HTMLElement>(selector: string) => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector} in the popup`);
  return el;
};
const select = () => $<HTMLSelectElement>('#episode-lantern-street');
const nextButton = () => $<HTMLButtonElement>('#next-lantern-street');

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  root = document.createElement('main');
  document.body.replaceChildren(root);
  sent = [];
  tabStatus = { active: true, hidden: 3, revealed: 0 };
  await followedItem.setValue(['lantern-street']);
});
afterEach(() => {
  popup?.destroy();
  vi.useRealTimers();
});

describe('episode picker', () => {
  it('offers "Not started", every episode, and says when a season is finished', async () => {
    await open();
    const label = root.querySelector(`label[for="${select().id}"]`);
    expect(label?.textContent).toBe('Last episode you watched');
    const texts = [...select().options].map((o) => o.text);
    expect(texts).toEqual([
      'Not started',
      'S1 · E1 · The Night Shift',
      'S1 · E2 · Paper Boats',
      'S1 · E3 · Lamplighter',
      'S1 · E4 · Fog Warning · finished season 1',
      'S2 · E1 · Low Tide',
      'S2 · E2 · The Ferry',
      'S2 · E3 · Last Light · finished season 2',
    ]);
    expect([...select().querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      'Season 1',
      'Season 2',
    ]);
    expect(select().value).toBe('S1E0');
  });

  it('writes progress as soon as an episode is picked, and keeps focus on the picker', async () => {
    await open();
    select().focus();
    select().value = 'S1E3';
    select().dispatchEvent(new Event('change'));
    await popup.idle();
    expect(await progressItem.getValue()).toEqual({ 'lantern-street': { season: 1, episode: 3 } });
    expect(select().value).toBe('S1E3');
    expect(document.activeElement).toBe(select());
  });
});

describe('"I watched the next episode"', () => {
  it('moves on one episode, across the season break', async () => {
    await progressItem.setValue({ 'lantern-street': { season: 1, episode: 4 } });
    await open();
    expect(nextButton().textContent).toBe('I watched the next episode (S2 · E1)');
    nextButton().click();
    await popup.idle();
    expect((await progressItem.getValue())['lantern-street']).toEqual({ season: 2, episode: 1 });
    expect(select().value).toBe('S2E1');
  });

  it('is disabled at the end, saying so', async () => {
    await progressItem.setValue({ 'lantern-street': { season: 2, episode: 3 } });
    await open();
    expect(nextButton().disabled).toBe(true);
    expect(nextButton().textContent).toBe('You have watched every episode');
  });
});

describe('shield switch and pauses', () => {
  it('switches the shield off with a labelled switch', async () => {
    await open();
    const toggle = $<HTMLInputElement>('#shield-enabled');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(root.querySelector('label[for="shield-enabled"]')?.textContent).toBe('Shield on');
    toggle.click();
    await popup.idle();
    expect((await prefsItem.getValue()).enabled).toBe(false);
  });

  it("pauses on the active tab's site, which the shield then skips there only", async () => {
    await open();
    const site = $<HTMLInputElement>('#pause-site');
    expect(site.parentElement?.textContent).toBe('Pause on www.example.org');
    site.click();
    await popup.idle();
    expect((await prefsItem.getValue()).pausedSites).toEqual(['example.org']);
    expect($<HTMLInputElement>('#pause-site').checked).toBe(true);
    const raw = await readSettings();
    expect(resolveShieldConfig(raw, 'www.example.org', NOW, [lantern]).reason).toBe('site-paused');
    expect(resolveShieldConfig(raw, 'example.net', NOW, [lantern]).active).toBe(true);
    $<HTMLInputElement>('#pause-site').click();
    await popup.idle();
    expect((await prefsItem.getValue()).pausedSites).toEqual([]);
  });

  it('cannot pause a page that is not a web page', async () => {
    await open({ activeTab: async () => ({ id: 7, host: '' }) });
    expect($<HTMLInputElement>('#pause-site').disabled).toBe(true);
  });

  it('pauses everywhere for an hour, shows until when, and resumes', async () => {
    await open();
    $<HTMLButtonElement>('#pause-hour').focus();
    $<HTMLButtonElement>('#pause-hour').click();
    await popup.idle();
    expect((await prefsItem.getValue()).pausedUntil).toBe(NOW + HOUR);
    expect($('#paused-state').textContent).toBe('Paused until T+60min · Resume');
    // The pressed button became "Resume": keyboard focus follows it.
    expect(document.activeElement?.id).toBe('resume');
    $<HTMLButtonElement>('#resume').click();
    await popup.idle();
    expect((await prefsItem.getValue()).pausedUntil).toBeNull();
    expect(document.activeElement?.id).toBe('pause-hour');
  });

  it('turns back into the pause button when the hour is up', async () => {
    await open();
    $<HTMLButtonElement>('#pause-hour').click();
    await popup.idle();
    await vi.advanceTimersByTimeAsync(HOUR - 1000);
    expect(root.querySelector('#paused-state')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(root.querySelector('#paused-state')).toBeNull();
    expect(root.querySelector('#pause-hour')).not.toBeNull();
  });
});

describe('this tab', () => {
  it('says how many passages are hidden, and reveals them all', async () => {
    await open();
    expect($('#tab-status').textContent).toBe('3 passages hidden on this tab');
    expect($<HTMLButtonElement>('#hide-again').disabled).toBe(true);
    $<HTMLButtonElement>('#reveal-all').click();
    await popup.idle();
    expect(sent).toContainEqual({ type: 'reveal-all' });
    expect($('#tab-status').textContent).toBe('Nothing hidden on this tab');
    expect($<HTMLButtonElement>('#hide-again').disabled).toBe(false);
    $<HTMLButtonElement>('#hide-again').click();
    await popup.idle();
    expect(sent).toContainEqual({ type: 'hide-again' });
  });

  it('says so when the shield does not run on the page', async () => {
    tabStatus = null;
    await open();
    expect($('#tab-status').textContent).toBe('The shield does not run on this page.');
    expect($<HTMLButtonElement>('#reveal-all').disabled).toBe(true);
  });

  it('opens the options page', async () => {
    const openOptions = vi.fn();
    await open({ openOptions });
    $<HTMLAnchorElement>('#open-options').click();
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

it('labels every control', async () => {
  await open();
  for (const control of root.querySelectorAll('input, select, button')) {
    const labelled =
      (control.id && root.querySelector(`label[for="${control.id}"]`)) ||
      control.getAttribute('aria-label') ||
      control.textContent?.trim();
    expect(labelled, control.outerHTML).toBeTruthy();
  }
});
