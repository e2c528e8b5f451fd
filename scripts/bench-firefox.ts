/**
 * First contentful paint of the article in Firefox, with the extension and without:
 *   npm run bench:firefox -- [--rounds 6] [--loads 3] [--no-prepare] [--extension <dir>]
 *
 * The Chromium figures (bench-dom.ts) are the budget's; this says whether Firefox pays the
 * same. Each round launches a fresh Firefox with the built Firefox extension (a fresh install:
 * the built-in show, not started) and a fresh one without, settles for 3 s, then loads the page
 * in new tabs, alternating. Driven over WebDriver BiDi (tests/e2e/firefox), as the e2e tests are.
 * `--no-prepare`: the content script makes no speculative matcher, so its settings figure is
 * the storage read alone. `--extension`: an unpacked Firefox build to measure instead of a
 * fresh build of this tree (e.g. one with a no-op content script, for comparison).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFirefoxExtension } from '../tests/e2e/firefox/build-extension';
import { type Firefox, launchFirefox } from '../tests/e2e/firefox/launch-firefox';
import { openTab } from '../tests/e2e/firefox/page';
import { startFixtureServer } from '../tests/e2e/server';
import { medianDifferenceInterval } from './bench-lib/bootstrap';
import { ms, stat } from './bench-lib/figures';
import { findFirefox, HOW_TO_GET_FIREFOX } from './lib/find-firefox';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    loads: { type: 'string', default: '3' },
    'no-prepare': { type: 'boolean', default: false },
    extension: { type: 'string' },
  },
});
const firefoxPath = findFirefox();
if (!firefoxPath) throw new Error(HOW_TO_GET_FIREFOX);
const root = resolve(import.meta.dirname, '..');
const SETTLE_MS = 3000;

/** What one load measured: first contentful paint, and the shield's own measures if any. */
interface Load {
  fcp: number;
  settings?: number;
  held?: number;
  main?: number;
  /** The speculative matcher: the snapshot restore. */
  prepare?: number;
}

/**
 * Reads the load's figures in the page. Kept as source text: tsx's transform wraps named
 * functions in a helper (`__name`) that does not exist in the page, and this text runs there.
 */
const READ_LOAD = new Function(`
  return new Promise((done) => {
    const of = (name) => performance.getEntriesByName(name)[0]?.duration;
    const answer = (fcp) => done({
      fcp,
      settings: of('spoiler-shield:settings'),
      held: of('spoiler-shield:pending'),
      main: of('spoiler-shield:main'),
      prepare: of('spoiler-shield:prepare'),
    });
    const painted = performance.getEntriesByName('first-contentful-paint')[0];
    if (painted) return answer(painted.startTime);
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) answer(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
`) as () => Promise<Load>;

async function timedLoad(firefox: Firefox, url: string): Promise<Load> {
  const tab = await openTab(firefox.bidi);
  try {
    await tab.goto(url);
    return await tab.evaluate(READ_LOAD);
  } finally {
    await tab.close();
  }
}

const extension = args.extension
  ? { dir: resolve(args.extension), remove: () => {} }
  : buildFirefoxExtension();
const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
const url = server.url('article.html') + (args['no-prepare'] ? '#spoiler-shield-no-prepare' : '');
const without: number[] = [];
const withShield: Load[] = [];
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    const plain = await launchFirefox({ executablePath: firefoxPath, headless: true });
    const shielded = await launchFirefox({ executablePath: firefoxPath, headless: true });
    try {
      await shielded.bidi.send('webExtension.install', {
        extensionData: { type: 'path', path: extension.dir },
      });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      // One untimed load each: the first page after a launch also pays for the launch.
      await timedLoad(plain, url);
      await timedLoad(shielded, url);
      for (let load = 0; load < Number(args.loads); load++) {
        without.push((await timedLoad(plain, url)).fcp);
        withShield.push(await timedLoad(shielded, url));
      }
    } finally {
      await shielded.close();
      await plain.close();
    }
  }
} finally {
  await server.close();
  extension.remove();
}

const withFcp = withShield.map((l) => l.fcp);
const measured = (key: keyof Load) =>
  stat(withShield.map((l) => l[key]).filter((v): v is number => v !== undefined));
const [lo, hi] = medianDifferenceInterval(without, withFcp);
const wo = stat(without);
const wi = stat(withFcp);
console.log(
  `First contentful paint in Firefox, article.html (${without.length} loads each, over ${args.rounds} launches of each browser)`,
);
console.log(`  without extension: median ${ms(wo.median)}  max ${ms(wo.max)}`);
console.log(
  `  with extension:    median ${ms(wi.median)}  max ${ms(wi.max)}  (+${ms(wi.median - wo.median)}; 90% bootstrap interval ${ms(lo)} to ${ms(hi)})`,
);
console.log(
  `  navigation to main(): median ${ms(measured('main').median)}; speculative matcher (snapshot restore): median ${ms(measured('prepare').median)}`,
);
console.log(
  `  settings in hand after main(): median ${ms(measured('settings').median)}; page held: median ${ms(measured('held').median)}`,
);
