import { browser } from 'wxt/browser';
import type { ShieldCountMessage, TabStatus } from '@/src/core/messages';
import { BUILTIN_PACKS } from '@/src/core/pack/builtin/index';
import { hostOfUrl } from '@/src/settings/hosts';
import { translate } from '@/src/settings/i18n';
import { mountPopup } from './app';
import './style.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const root = document.getElementById('app');

if (root) {
  void mountPopup(root, {
    t: translate,
    formatTime: (ms) => timeFormat.format(ms),
    builtins: BUILTIN_PACKS,
    now: () => Date.now(),
    async activeTab() {
      // Opening the popup grants activeTab, which is what exposes the tab's URL here.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, host: hostOfUrl(tab.url) };
    },
    async sendToTab(tabId, command) {
      try {
        if (command.type !== 'get-status') {
          // Every frame acts on "reveal all"; the answer then comes from the top frame.
          await browser.tabs.sendMessage(tabId, command);
        }
        const status = (await browser.tabs.sendMessage(
          tabId,
          { type: 'get-status' },
          { frameId: 0 },
        )) as TabStatus | undefined;
        return status ?? null;
      } catch {
        // "Receiving end does not exist": no content script on this page.
        return null;
      }
    },
    openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
    onTabCount(tabId, listener) {
      const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
        if ((message as ShieldCountMessage)?.type === 'shield-count' && sender.tab?.id === tabId) {
          listener();
        }
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  });
}
