import { defineConfig } from 'wxt';
import { builtinSnapshot } from './scripts/vite/builtin-snapshot';
import { builtinPacksAsText } from './scripts/vite/json-as-text';
import { polyfillAsEsm } from './scripts/vite/polyfill-as-esm';

// One codebase, two targets: `wxt build` (Chrome MV3) and `wxt build -b firefox`.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The default show's compiled matcher, made at build time for the content script, and the
  // built-in packs bundled as JSON text (cheaper to compile in every frame than literals), and
  // webextension-polyfill bundled as an ES module (scripts/vite/polyfill-as-esm.ts).
  vite: () => ({ plugins: [builtinSnapshot(), builtinPacksAsText(), polyfillAsEsm()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and packs, kept on the device (progress also in storage.sync).
    // Nothing else: content scripts are declared, not injected, so no "scripting" or "tabs".
    // activeTab: the popup reads the active tab's host for "Pause on this site", and the
    // keyboard command reaches the tab it was pressed in; no standing access to any site.
    permissions: ['storage', 'activeTab'],
    commands: {
      'toggle-reveal-all': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleRevealAll__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'spoiler-shield@example.org',
              strict_min_version: '140.0',
              // Fully local: nothing about the user ever leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
