import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, HOW_TO_GET_FIREFOX } from '../../scripts/lib/find-firefox';
import type { BiDi } from './firefox/bidi';
import { type BuiltExtension, buildFirefoxExtension } from './firefox/build-extension';
import { consoleErrors, isLifecycleNotice } from './firefox/console-errors';
import { type Firefox, launchFirefox } from './firefox/launch-firefox';
import { openTab, type Tab } from './firefox/page';
import { type FixtureServer, startFixtureServer } from './server';

declare const browser: { storage: { sync: { set(items: object): Promise<void> } } };

const firefoxPath = findFirefox();
const ci = Boolean(process.env.CI) && !['0', 'false'].includes(process.env.CI ?? '');
if (!firefoxPath) {
  // Mirrors the Chromium rule: CI fails loudly; a developer without Firefox gets told why.
  if (ci) throw new Error(`The Firefox tests need Firefox under CI. ${HOW_TO_GET_FIREFOX}`);
  console.warn(`Skipping the Firefox tests: ${HOW_TO_GET_FIREFOX}`);
}

/** Fixed moz-extension:// host, so the test knows the popup's address before installing. */
const EXTENSION_UUID = '5e1d0c2b-7a3f-4b8e-9c61-2f4d8a0b6e13';
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}/`;
const SHOW = 'tiny-pretty-things';
/** Thrown on purpose in the popup, to prove errors from there do reach the check. */
const PROBE = 'spoiler-shield-console-probe';

interface Passage {
  id: string;
  expect: string;
  ep: number;
  state: string | null;
  episode: string | null;
  visibility: string;
  /** The hidden passage's first child is its label, a button. */
  label: boolean;
}

/** Runs in the page: every [data-expect] element of tests/e2e/pages/article.html. */
function readPassages(): Passage[] {
  return [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((el) => ({
    id: el.id || el.tagName.toLowerCase(),
    expect: el.dataset.expect ?? '',
    ep: Number(el.dataset.ep ?? 0),
    state: el.getAttribute('data-spoiler-shield'),
    episode: el.getAttribute('data-spoiler-episode'),
    visibility: getComputedStyle(el).visibility,
    label: el.firstElementChild?.matches('spoiler-shield-label[role=button]') ?? false,
  }));
}

/**
 * Runs in the page: the content script has set up, finished its first scan, and decided what
 * the first-paint slice left waiting.
 */
function shieldReady(): boolean {
  const html = document.documentElement;
  return (
    html.hasAttribute('data-spoiler-shield-loaded') &&
    !html.hasAttribute('data-spoiler-shield-pending') &&
    performance.getEntriesByName('spoiler-shield:first-scan').length > 0 &&
    document.querySelector('[data-spoiler-shield-wait]') === null
  );
}

/** The passages that are not as they should be once episodes up to `watched` are seen. */
function wrongFor(passages: Passage[], watched: number): Passage[] {
  return passages.filter((p) => {
    if (p.expect === 'spoiler' && p.ep > watched) {
      const marked = p.state === 'hidden' && p.episode === `S1E${p.ep}`;
      return !marked || p.visibility !== 'hidden' || !p.label;
    }
    return p.state !== null || p.visibility !== 'visible' || p.label;
  });
}

/**
 * Runs in the page: how each [data-expect] element stands in the page, its same-origin and
 * srcdoc frames, and the open shadow roots of its elements. `where` says which.
 */
function readEverywhere(): { where: string; expect: string; ep: number; state: string | null }[] {
  const out: { where: string; expect: string; ep: number; state: string | null }[] = [];
  const read = (root: Document | ShadowRoot, where: string) => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-expect]')) {
      out.push({
        where: `${where}#${el.id || el.tagName.toLowerCase()}`,
        expect: el.dataset.expect ?? '',
        ep: Number(el.dataset.ep ?? 0),
        state: el.getAttribute('data-spoiler-shield'),
      });
    }
    for (const host of root.querySelectorAll('*')) {
      if (host.shadowRoot) read(host.shadowRoot, `${where}>${host.id}`);
    }
  };
  read(document, 'top');
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentDocument) read(frame.contentDocument, frame.id);
  }
  return out;
}

describe.skipIf(!firefoxPath)(
  'the Firefox build in Firefox ESR (built-in show, not started)',
  () => {
    let extension: BuiltExtension | undefined;
    let server: FixtureServer | undefined;
    let firefox: Firefox | undefined;
    let installedId = '';
    let article: Tab;
    const bidi = () => firefox?.bidi as BiDi;
    const extensionErrors = async () =>
      (await consoleErrors(bidi(), EXTENSION_ORIGIN)).filter(
        (e) => !e.message.includes(PROBE) && !isLifecycleNotice(e),
      );

    beforeAll(async () => {
      extension = buildFirefoxExtension();
      server = await startFixtureServer(join(import.meta.dirname, 'pages'));
      firefox = await launchFirefox({
        executablePath: firefoxPath as string,
        headless: process.env.SPOILER_SHIELD_HEADED !== '1',
        allowSystemAccess: true,
        prefs: {
          'extensions.webextensions.uuids': JSON.stringify({ [extension.geckoId]: EXTENSION_UUID }),
        },
      });
      const { bidi } = firefox;
      const installed = await bidi.send('webExtension.install', {
        extensionData: { type: 'path', path: extension.dir },
      });
      installedId = installed.extension;
      article = await openTab(bidi);
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
      extension?.remove();
    });

    it('installs as a temporary add-on under its gecko id', () => {
      expect(installedId).toBe(extension?.geckoId);
    });

    it('hides every spoiler of a served page, labelled, and nothing else', async () => {
      await article.goto(server?.url('article.html') as string);
      await article.waitFor('the content script to finish its first scan', shieldReady, []);
      const passages = await article.evaluate(readPassages);
      expect(passages.filter((p) => p.expect === 'spoiler').length).toBe(11);
      expect(passages.filter((p) => p.expect === 'safe').length).toBeGreaterThan(10);
      expect(wrongFor(passages, 0)).toEqual([]);
      const label = await article.evaluate(() =>
        document.querySelector('#s7 > spoiler-shield-label')?.getAttribute('aria-label'),
      );
      expect(label).toBe('Spoiler for Tiny Pretty Things, S1 E7. Press to reveal.');
    });

    it('restores its matcher from the snapshot carried in a comment, as in Chromium', async () => {
      // Function.prototype.toString must give the comment back in Firefox too, or every frame
      // would compile the matcher instead.
      const from = await article.evaluate(
        () =>
          (performance.getEntriesByName('spoiler-shield:prepare')[0] as PerformanceMeasure)?.detail
            ?.from,
      );
      expect(from).toBe('snapshot');
    });

    it('reveals a passage when its label is clicked, and only that one', async () => {
      await article.click('#s7 > spoiler-shield-label');
      await article.waitFor(
        '#s7 to be revealed after a click on its label',
        () => document.getElementById('s7')?.getAttribute('data-spoiler-shield') === 'revealed',
        [],
      );
      const states = await article.evaluate(() =>
        ['s7', 's5', 'linked'].map((id) => {
          const el = document.getElementById(id) as HTMLElement;
          return [id, el.getAttribute('data-spoiler-shield'), getComputedStyle(el).visibility];
        }),
      );
      expect(states).toEqual([
        ['s7', 'revealed', 'visible'],
        ['s5', 'hidden', 'hidden'],
        ['linked', 'hidden', 'hidden'],
      ]);
    });

    it('runs in same-origin and srcdoc iframes', async () => {
      const tab = await openTab(bidi());
      await tab.goto(server?.url('frame.html') as string);
      const hidden = () =>
        ['inner', 'written'].every((id) => {
          const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument;
          return doc?.querySelector('[data-spoiler-shield=hidden]') !== null;
        });
      await tab.waitFor('both frames to hide their spoiler', hidden, []);
      const seen = await tab.evaluate(readEverywhere);
      expect(seen.map((s) => [s.where, s.state])).toEqual([
        ['top#outer', null],
        ['inner#f1', null],
        ['inner#f2', 'hidden'],
        ['written#w1', null],
        ['written#w2', 'hidden'],
      ]);
      await tab.close();
    });

    it('hides inside open shadow roots, also one attached after the page loaded', async () => {
      const tab = await openTab(bidi());
      await tab.goto(server?.url('shadow.html') as string);
      await tab.waitFor(
        'the late shadow root to be shielded',
        () =>
          document
            .getElementById('c3')
            ?.shadowRoot?.querySelector('[data-spoiler-shield=hidden]') != null,
        [],
      );
      const seen = await tab.evaluate(readEverywhere);
      const wrong = seen.filter((s) => (s.expect === 'spoiler') !== (s.state === 'hidden'));
      expect(wrong).toEqual([]);
      expect(seen.filter((s) => s.state === 'hidden').map((s) => s.where)).toEqual([
        'top>c2#p',
        'top>c3#p',
      ]);
      await tab.close();
    });

    it('opens the popup page without errors', async () => {
      const popup = await openTab(bidi());
      await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`);
      await popup.waitFor(
        'the popup to show the built-in show',
        () => document.body.innerText.includes('Tiny Pretty Things'),
        [],
      );
      expect(await popup.evaluate(() => document.title)).toBe('Spoiler Shield');
      expect(await extensionErrors()).toEqual([]);
      // That could pass by hearing nothing: prove an error thrown in the popup is seen.
      await popup.evaluate((message) => {
        setTimeout(() => {
          throw new Error(message);
        });
      }, PROBE);
      const probeSeen = async () =>
        (await consoleErrors(bidi(), EXTENSION_ORIGIN)).some((e) => e.message.includes(PROBE));
      await expect.poll(probeSeen, { timeout: 5_000 }).toBe(true);
      await popup.close();
    });

    it('a progress change in storage reaches the open tab without a reload', async () => {
      const popup = await openTab(bidi());
      await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`);
      // A fresh load: the passage revealed by the click above would otherwise stay revealed.
      await article.goto(server?.url('article.html') as string);
      await article.waitFor('the content script to finish its first scan', shieldReady, []);
      const loadedAt = await article.evaluate(() => performance.timeOrigin);
      const set = (episode: number, show: string) =>
        popup.evaluate(
          (episode, show) =>
            browser.storage.sync.set({ progress: { [show]: { season: 1, episode } } }),
          episode,
          show,
        );
      for (const episode of [5, 2]) {
        await set(episode, SHOW);
        await expect
          .poll(async () => wrongFor(await article.evaluate(readPassages), episode), {
            timeout: 5_000,
          })
          .toEqual([]);
      }
      // Same document all along: the tab updated in place.
      expect(await article.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
      await popup.close();
    });

    // Firefox 153 starts matchAboutBlank scripts in a top-level blank tab too (Chromium does
    // not); main() returns there, so a new tab reads no settings and compiles nothing.
    it('stays out of a blank new tab', async () => {
      const blank = await openTab(bidi());
      // Give a script that would start there the time it takes on a busy machine.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const ran = await blank.evaluate(() =>
        document.documentElement.hasAttribute('data-spoiler-shield-loaded'),
      );
      await blank.close();
      expect(ran).toBe(false);
    });

    it('leaves no error from its scripts (popup, background, content script) in the console', async () => {
      expect(await extensionErrors()).toEqual([]);
    });
  },
);
