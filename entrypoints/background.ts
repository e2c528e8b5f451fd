import { browser } from 'wxt/browser';
import type {
  ShieldCountMessage,
  ShieldSettingsRequest,
  TabCommand,
  TabStatus,
} from '@/src/core/messages';
import { createBadgeCounter } from '@/src/settings/badge';
// Importing the items runs their storage migrations as soon as the worker starts.
import { badgeCountsItem } from '@/src/settings/items';
import { readShieldSettings } from '@/src/settings/shield-config';

/**
 * Badge counts and the keyboard command. Nothing is written on install: every
 * setting reads its fallback until the user changes it (a fresh install follows
 * Tiny Pretty Things, not started).
 */
export default defineBackground(() => {
  // The Firefox build is MV2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  const badge = createBadgeCounter(
    (tabId, text) => {
      // The tab may have closed in between; that is not an error worth reporting.
      action.setBadgeText({ tabId, text }).catch(() => {});
    },
    // Kept for the browser session, so a count after the worker restarts adds to the others.
    {
      load: async () => {
        const kept = await badgeCountsItem.getValue();
        // Tabs closed while the worker was stopped: their onRemoved was never heard.
        const open = new Set((await browser.tabs.query({})).map((tab) => String(tab.id)));
        return Object.fromEntries(Object.entries(kept).filter(([tabId]) => open.has(tabId)));
      },
      save: (state) => void badgeCountsItem.setValue(state).catch(() => {}),
    },
  );
  void action.setBadgeBackgroundColor({ color: '#5b3cc4' }).catch(() => {});

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as Partial<ShieldCountMessage | ShieldSettingsRequest> | null;
    // Firefox's content scripts ask here as well as in storage, and take the first answer
    // (shield-config.ts readShieldSettingsRacing).
    if (msg?.type === 'get-shield-settings') return readShieldSettings();
    const tabId = sender.tab?.id;
    if (msg?.type !== 'shield-count' || tabId === undefined) return;
    badge.count(tabId, sender.frameId ?? 0, Number((msg as ShieldCountMessage).hidden));
  });

  // status is given without the "tabs" permission (only url and title need it). "loading"
  // also fires for history.pushState, where the page and its hidden passages stay: so on
  // "complete" the top frame is asked again, and a page that kept its passages gets its
  // count back (measured in tests/e2e/popup-progress.test.ts).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') badge.reset(tabId);
    else if (change.status === 'complete') void recount(tabId);
  });
  const recount = async (tabId: number) => {
    const ask: TabCommand = { type: 'get-status' };
    const status = (await browser.tabs
      .sendMessage(tabId, ask, { frameId: 0 })
      .catch(() => null)) as TabStatus | null;
    if (status) badge.count(tabId, 0, status.hidden);
  };
  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reveal-all') return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const toggle: TabCommand = { type: 'toggle-reveal-all' };
    // No content script on this page (a browser page, the web store): nothing to toggle.
    await browser.tabs.sendMessage(tabId, toggle).catch(() => {});
  });
});
