import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

/** fakeBrowser has no commands API and no tabs.sendMessage: the test plays both. */
type CommandListener = (command: string, tab?: { id?: number }) => Promise<void> | void;
let commandListeners: CommandListener[];
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  commandListeners = [];
  sendMessage = vi.fn(async () => ({ active: true, hidden: 2, revealed: 0 }));
  Object.assign(browser, {
    commands: { onCommand: { addListener: (l: CommandListener) => commandListeners.push(l) } },
  });
  Object.assign(browser.tabs, { sendMessage });
  background.main();
});
afterEach(() => vi.restoreAllMocks());

const tab = (id: number) => ({
  id,
  index: 0,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
});
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const count = (tabId: number, frameId: number, hidden: number) =>
  fakeBrowser.runtime.onMessage.trigger(
    { type: 'shield-count', hidden },
    { tab: tab(tabId), frameId },
  );

describe('background', () => {
  it('writes nothing to storage when it starts', async () => {
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('shows the hidden count of each tab, summed over its frames', async () => {
    await count(3, 0, 4);
    await count(3, 7, 2);
    await count(9, 0, 1);
    expect(await badge(3)).toBe('6');
    expect(await badge(9)).toBe('1');
  });

  it('clears the count when a tab loads a new page, then asks its top frame again', async () => {
    await count(3, 0, 4);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tab(3));
    expect(await badge(3)).toBe('');
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab(3));
    await vi.waitFor(async () => expect(await badge(3)).toBe('2'));
    expect(sendMessage).toHaveBeenCalledWith(3, { type: 'get-status' }, { frameId: 0 });
  });

  it('forwards the keyboard command to the tab it was pressed in', async () => {
    await Promise.all(commandListeners.map((l) => l('toggle-reveal-all', { id: 5 })));
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'toggle-reveal-all' });
  });

  it('survives a command on a page without the content script', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    await expect(
      Promise.all(commandListeners.map((l) => l('toggle-reveal-all', { id: 5 }))),
    ).resolves.toBeDefined();
  });
});
