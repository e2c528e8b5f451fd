import './style.css';
import { packs as snapshotOf, snapshotText } from 'virtual:builtin-snapshot';
import { browser } from 'wxt/browser';
import type { EpisodeRef } from '@/src/core/episode';
import type { Matcher } from '@/src/core/match/types';
import type { ShieldCountMessage, TabCommand, TabStatus } from '@/src/core/messages';
import { BUILTIN_PACKS } from '@/src/core/pack/builtin/index';
import { FIRST_PAINT_SLICE_MS } from '@/src/dom/first-paint';
import { LOADED_ATTR, PENDING_ATTR, STYLE_ATTR } from '@/src/dom/marks';
import { progressChange } from '@/src/dom/settings-change';
import { Shield } from '@/src/dom/shield';
import {
  likelyShieldConfig,
  loadShieldConfig,
  readShieldSettings,
  readShieldSettingsRacing,
  type ShieldConfig,
  watchShieldConfig,
} from '@/src/settings/shield-config';
import { localizedLabels } from './labels';
import { MatcherCache } from './matcher-cache';
import shadowCss from './style.css?inline';
import {
  BENCH_ATTR,
  benchOn,
  bundleOnly,
  FAIL_OPEN_MS,
  MEASURE,
  measure,
  measureFloor,
  prepareOff,
  releasePage,
} from './timing';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Frames a page fills by script (about:blank, srcdoc) are the page's too.
  matchAboutBlank: true,
  // WXT's window.postMessage telling older copies of this script to stop (the DOM event it
  // also sends does that) cost ~37 ms of main thread per frame at document_start in Chromium
  // (a trace, machine under load), and every page's message listeners saw it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const html = document.documentElement;
    if (!html || bundleOnly()) return;
    // matchAboutBlank is for frames a page fills by script. Firefox also starts the script in
    // a blank top-level tab, where there is nothing to shield and a compile would be wasted.
    if (window === window.top && location.protocol === 'about:') return;
    const t0 = performance.now();
    // When main() starts after navigation: what loading the bundle itself costs.
    measure(MEASURE.main, 0, t0);
    // Set synchronously at document_start, before the first paint; the manifest CSS keys on it.
    html.setAttribute(PENDING_ATTR, '');
    // Says "the content script runs in this frame" (the e2e smoke test waits for it).
    html.setAttribute(LOADED_ATTR, '');
    const failOpen = setTimeout(() => releasePage(t0), FAIL_OPEN_MS);
    const host = location.hostname;
    let active = false;
    let firstScanDone = false;
    let reported = -1;
    let countTimer: ReturnType<typeof setTimeout> | undefined;

    const shield = new Shield({
      document,
      window,
      signal: ctx.signal,
      labels: localizedLabels(),
      shadowCss,
      // The top of the page is decided and painted first; the rest once that paint is on screen.
      firstPaintSliceMs: FIRST_PAINT_SLICE_MS,
      outerTitle: () => {
        if (window === window.top) return null;
        try {
          return window.top?.document.title ?? null;
        } catch {
          return null; // a cross-origin parent: its title is not ours to read
        }
      },
      onCount: () => {
        // Badge only: a short throttle, never on the hiding path.
        countTimer ??= setTimeout(sendCount, 100);
      },
      onWork: (kind, start, end) => {
        if (kind === 'scan' && !firstScanDone) measure(MEASURE.firstScan, start, end);
        else if (benchOn()) {
          measure(`spoiler-shield:${kind}`, start, end);
          // Once per rescan, not per piece: the floor pass is the bench's, not the shield's.
          if (kind === 'scan-done') measureFloor();
        }
      },
    });
    const sendCount = () => {
      countTimer = undefined;
      const hidden = shield.counts().hidden;
      if (hidden === reported || ctx.isInvalid) return;
      reported = hidden;
      const message: ShieldCountMessage = { type: 'shield-count', hidden };
      browser.runtime.sendMessage(message).catch(() => {});
    };
    shield.attach();

    const matchers = new MatcherCache(BUILTIN_PACKS, snapshotText(), snapshotOf);
    // A subframe makes its matcher when it first has a passage to decide (lazy-matcher.ts);
    // only the top frame makes one ahead, while its settings read is in flight.
    const subframe = window !== window.top;
    let fromWatch = false;
    let shown: Matcher | null = null;
    let shownProgress: EpisodeRef[] = [];
    const apply = (config: ShieldConfig) => {
      active = config.active && config.profiles.length > 0;
      html.setAttribute(STYLE_ATTR, config.hideStyle);
      const compileStart = performance.now();
      const { profiles, sensitivity } = config;
      const matcher = !active
        ? null
        : subframe
          ? matchers.lazy(profiles, sensitivity)
          : matchers.get(profiles, sensitivity);
      const progress = profiles.map((p) => p.watched);
      // The same matcher with the progress moved forward hides fewer: only the hidden passages
      // are decided again (Shield.update). Anything else is a full rescan.
      const change = matcher && matcher === shown ? progressChange(shownProgress, progress) : 'any';
      shown = matcher;
      shownProgress = progress;
      if (!firstScanDone) measure(MEASURE.compile, compileStart, performance.now());
      shield.update(matcher, change);
      firstScanDone = true;
      clearTimeout(failOpen);
      releasePage(t0);
    };
    // The storage request leaves now (the call is synchronous up to the browser's IPC)...
    const stored = import.meta.env.FIREFOX ? readShieldSettingsRacing() : readShieldSettings();
    loadShieldConfig(host, stored)
      .then((config) => {
        measure(MEASURE.settings, t0, performance.now());
        if (!fromWatch && !ctx.isInvalid) apply(config);
      })
      .catch((error) => {
        console.warn(
          'Spoiler Shield: settings could not be read; the page is not shielded.',
          error,
        );
        releasePage(t0);
      });
    // ...and while it is away, make the matcher for the likeliest settings (for a fresh install
    // and most users, a restore of the build-time snapshot): when they are the ones that
    // arrive (or differ only in progress), apply() finds the matcher ready.
    // No warm-up run over a made-up sentence after it: since the matcher is restored, not
    // compiled, that took ~9 ms before first paint and the scans after it were no faster (24
    // loads each: our measured work before first paint 32.8 ms with it, 21.5 without).
    if (!subframe && !prepareOff()) {
      const guess = likelyShieldConfig(host, Date.now());
      const start = performance.now();
      if (guess.active) matchers.get(guess.profiles, guess.sensitivity);
      // Where the matcher came from (the e2e tests check the snapshot is restored).
      measure(MEASURE.prepare, start, performance.now(), { from: matchers.source });
    }
    const unwatch = watchShieldConfig(
      host,
      (config) => {
        fromWatch = true;
        apply(config);
      },
      stored,
    );

    const status = (): TabStatus => ({ active, ...shield.counts() });
    const onMessage = (message: unknown): Promise<TabStatus> | undefined => {
      const command = message as Partial<TabCommand> | null;
      switch (command?.type) {
        case 'get-status':
          break;
        case 'reveal-all':
          shield.revealAll();
          break;
        case 'hide-again':
          shield.hideAgain();
          break;
        case 'toggle-reveal-all':
          if (shield.counts().hidden > 0) shield.revealAll();
          else shield.hideAgain();
          break;
        default:
          return undefined;
      }
      // Every frame acts; only the top frame answers, so the first reply is the page's own.
      return window === window.top ? Promise.resolve(status()) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      // The shield itself stops on ctx.signal and restores the page.
      unwatch();
      clearTimeout(failOpen);
      clearTimeout(countTimer);
      browser.runtime.onMessage.removeListener(onMessage);
      html.removeAttribute(PENDING_ATTR);
      html.removeAttribute(STYLE_ATTR);
      html.removeAttribute(BENCH_ATTR);
      html.removeAttribute(LOADED_ATTR);
    });
  },
});
