/**
 * DOM-side benchmark in real Chromium with the built extension:
 *   node --import tsx scripts/bench-dom.ts [--paragraphs 20000] [--runs 5]
 *
 * - first scan of a 20,000-paragraph page, a full rescan (progress stepped back) and a step
 *   forward (only hidden passages decided again), and batches of 20 and 200 new
 *   posts, as main-thread time measured inside the content script (User Timing measures),
 *   each also as a ratio to a TreeWalker-only pass over the same nodes in the same page;
 * - the longest of those, and long tasks (PerformanceObserver) while batches ran, beside a
 *   control: a fixed few milliseconds of plain JS run between the batches, whose worst case is
 *   the machine's own tail on a task of that size;
 * - first contentful paint with and without the extension (bench-lib/first-paint.ts: fresh
 *   browsers for each of --runs rounds, two loads of each page per round).
 * Builds the extension first unless --no-build is given.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/server';
import { durations, ms, stat } from './bench-lib/figures';
import { firstPaint } from './bench-lib/first-paint';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { launchWithExtension, workerStorage } from './lib/launch';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    paragraphs: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
  },
});
const PARAGRAPHS = Number(args.paragraphs);
const RUNS = Number(args.runs);

// Own-words passages: most harmless, one in 25 a real spoiler of the built-in pack.
const SAFE = [
  'The dance sequences were filmed with real trained dancers, which shows in every rehearsal scene.',
  'I loved the costume work on the winter showcase, all silver and grey, and the lighting too.',
  'The soundtrack mixes classical pieces with pop remixes, and somehow it works every time.',
  'Which episode has the best choreography? I keep rewatching the rehearsals for the footwork.',
  'Neveah Stroyer arrives from Los Angeles with a suitcase and a lot to prove to everyone.',
];
const SPOILERS = [
  'Cassie wakes up in the ninth episode and whispers that she was pushed.',
  'In the finale it is revealed that Delia pushed Cassie off the roof out of jealousy.',
  'Monique was the one sending the anonymous texts to Ramon.',
];
const passage = (i: number) =>
  i % 25 === 24 ? SPOILERS[i % SPOILERS.length] : `${SAFE[i % SAFE.length]} (${i})`;

function bigPage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) body.push(`<h2>Part ${i / 50 + 1}</h2>`);
    body.push(`<p>${passage(i)} <a href="#p${i}">link</a></p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny Pretty Things: the long thread</title></head><body><main id="main">${body.join('\n')}</main><div id="feed"></div><script>
const SAFE = ${JSON.stringify(SAFE)};
const SPOILERS = ${JSON.stringify(SPOILERS)};
window.__passage = (i) => i % 25 === 24 ? SPOILERS[i % SPOILERS.length] : SAFE[i % SAFE.length] + ' (' + i + ')';
</script></body></html>`;
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM);
  if (!args['no-build']) {
    execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
  const html = bigPage(PARAGRAPHS);
  server.route('/big', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  const extensionDir = join(root, '.output/chrome-mv3');
  const ext = await launchWithExtension({
    executablePath: chromiumPath,
    extensionDir,
    headless: true,
  });
  const storage = workerStorage(ext.serviceWorker);
  console.log(
    `bench-dom: Chromium ${ext.context.browser()?.version() ?? ''}, ${PARAGRAPHS} paragraphs (${(html.length / 1e6).toFixed(1)} MB), ${RUNS} runs\n`,
  );
  try {
    try {
      await scans(ext.context, server.url('/big'), storage);
      await batches(ext.context, server.url('/big'));
    } finally {
      await ext.close();
    }
    await firstPaint({
      chromiumPath,
      extensionDir,
      rounds: RUNS,
      loadsPerRound: 2,
      pages: [
        { name: 'article.html', url: server.url('article.html') },
        { name: `${PARAGRAPHS}-paragraph page`, url: server.url('/big') },
      ],
    });
  } finally {
    await server.close();
  }
}

/** Walks the text nodes under `roots` reading .data: the floor any text reader pays. */
const walkFloor = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const t0 = performance.now();
    let chars = 0;
    for (const root of document.querySelectorAll(sel)) {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) chars += (n as Text).data.length;
    }
    return { ms: performance.now() - t0, chars };
  }, selector);

/**
 * Waits until no content waits for a slice (src/dom/slices.ts): the load's last pieces of
 * work run in frames after the load event, and belong to the load, not to what comes next.
 */
const drained = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[data-spoiler-shield-wait]'), null, {
    timeout: 120_000,
  });

/** What one settings change cost on the big page: see change(). */
interface ChangeCost {
  total: number;
  longest: number;
  pieces: number;
  wall: number;
  longTasks: number;
  longestTask: number;
  walk: number;
}

/**
 * Sets the progress and waits for the shield's 'scan-done', then reads what the change cost:
 * its pieces of work ('scan', in frames of their own when the page is too big for one), their
 * text walk, the time from its start to its end, and the page's long tasks meanwhile (ours,
 * and the browser's own style and paint work in those frames).
 */
async function change(
  page: Page,
  storage: ReturnType<typeof workerStorage>,
  episode: number,
): Promise<ChangeCost> {
  const before = async (name: string) => (await durations(page, name)).length;
  const scans = await before('spoiler-shield:scan');
  const walks = await before('spoiler-shield:scan-walk');
  const done = await before('spoiler-shield:scan-done');
  const changedAt = await page.evaluate(() => performance.now());
  await storage.set('sync', { progress: { 'tiny-pretty-things': { season: 1, episode } } });
  await page.waitForFunction(
    (n) => performance.getEntriesByName('spoiler-shield:scan-done').length > n,
    done,
  );
  const pieces = (await durations(page, 'spoiler-shield:scan')).slice(scans);
  const long = await page.evaluate(
    (t) => (window as unknown as { __long: number[][] }).__long.filter(([s]) => (s ?? 0) >= t),
    changedAt,
  );
  return {
    total: pieces.reduce((a, b) => a + b, 0),
    longest: Math.max(...pieces),
    pieces: pieces.length,
    wall: (await durations(page, 'spoiler-shield:scan-done')).slice(done)[0] ?? Number.NaN,
    longTasks: long.length,
    longestTask: Math.max(0, ...long.map(([, d]) => d ?? 0)),
    walk: (await durations(page, 'spoiler-shield:scan-walk'))
      .slice(walks)
      .reduce((a, b) => a + b, 0),
  };
}

function printChange(what: string, costs: ChangeCost[], floor: number, isolatedFloor: number) {
  const pick = (k: keyof ChangeCost) => stat(costs.map((c) => c[k]));
  const total = pick('total');
  const longest = pick('longest');
  console.log(
    `  ${what}: median ${ms(total.median)}  max ${ms(total.max)}  (${(total.median / floor).toFixed(1)}x floor)`,
  );
  console.log(
    `    in ${pick('pieces').median} pieces (median): longest piece median ${ms(longest.median)}  max ${ms(longest.max)}; start to end ${ms(pick('wall').median)} (frames between included)`,
  );
  console.log(
    `    long tasks (>50 ms) from the change to the end: median ${pick('longTasks').median}, longest ${ms(pick('longestTask').max)} (the browser's work in those frames included)`,
  );
  const walk = pick('walk').median;
  if (walk > 0) {
    console.log(
      `    of which our text walk (passages, skips, shadow roots): median ${ms(walk)}  (${(walk / floor).toFixed(1)}x floor; ${(walk / isolatedFloor).toFixed(1)}x a bare TreeWalker pass in the content script's own world, ${ms(isolatedFloor)})`,
    );
  }
}

async function scans(
  context: BrowserContext,
  url: string,
  storage: ReturnType<typeof workerStorage>,
) {
  const first: number[] = [];
  const forward: ChangeCost[] = [];
  const full: ChangeCost[] = [];
  const isolatedFloor: number[] = [];
  const loadWork: number[] = [];
  const loadLongest: number[] = [];
  const floor: number[] = [];
  let hidden = 0;
  for (let run = 0; run < RUNS; run++) {
    await storage.set('sync', { progress: { 'tiny-pretty-things': { season: 1, episode: 1 } } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[][] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    // The hash turns batch timings on from the start, so work done while parsing is counted.
    await page.goto(`${url}#spoiler-shield-bench`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => performance.getEntriesByName('spoiler-shield:first-scan').length,
    );
    await drained(page);
    await page.waitForTimeout(300);
    await page.evaluate(() =>
      document.documentElement.setAttribute('data-spoiler-shield-bench', ''),
    );
    const firstScan = await durations(page, 'spoiler-shield:first-scan');
    const during = await durations(page, 'spoiler-shield:batch');
    // A first scan too big for one slice goes on in frames: its later pieces are 'scan'.
    const laterPieces = await durations(page, 'spoiler-shield:scan');
    first.push(...firstScan);
    const loadPieces = [...firstScan, ...laterPieces, ...during];
    loadWork.push(loadPieces.reduce((a, b) => a + b, 0));
    loadLongest.push(Math.max(...loadPieces));
    // A step back (episode 1 -> 0) may hide anything: a full rescan with a fresh page context,
    // in pieces of at most a slice each, under the veil (src/dom/rescan.ts).
    full.push(await change(page, storage, 0));
    isolatedFloor.push(...(await durations(page, 'spoiler-shield:floor')).slice(-1));
    // A step forward (0 -> 1) can only hide fewer: only the hidden passages are decided again.
    forward.push(await change(page, storage, 1));
    floor.push((await walkFloor(page, 'html')).ms);
    hidden = await page.locator('[data-spoiler-shield=hidden]').count();
    await page.close();
  }
  const f = stat(floor);
  const s = stat(first);
  console.log('Full page');
  console.log(`  TreeWalker-only pass (floor):  median ${ms(f.median)}  max ${ms(f.max)}`);
  const lw = stat(loadWork);
  console.log(`  first scan at load*:           median ${ms(s.median)}  max ${ms(s.max)}`);
  console.log(`  all shield work during load (first scan + observer batches while parsing):`);
  console.log(
    `                                 median ${ms(lw.median)}  max ${ms(lw.max)}  (${(lw.median / f.median).toFixed(1)}x floor); longest single piece ${ms(stat(loadLongest).max)}`,
  );
  const isf = stat(isolatedFloor).median;
  printChange('full rescan, progress stepped back (may hide more)', full, f.median, isf);
  console.log(
    '    the rest is the matcher (a fresh page context over every passage) and the marks',
  );
  printChange('progress stepped forward (hidden passages only)', forward, f.median, isf);
  console.log(`  hidden passages at episode 1: ${hidden}`);
  console.log(
    '  * covers what was parsed when the settings arrived; the observer took the rest.\n',
  );
}

/** How long the control takes (its loop is tuned once per page): a batch of 200's median. */
const CONTROL_MS = 3;

/**
 * A fixed piece of plain JavaScript in the page, no DOM, not ours, about as long as a batch of
 * 200 posts takes us at the median. Run between the batches, its worst case shows the tail the
 * machine (two cores shared by the browser's processes) adds to any task of that size, so our
 * longest batch can be read against it.
 */
const control = (page: Page, iterations: number) =>
  page.evaluate((n) => {
    const t0 = performance.now();
    let x = 0;
    for (let k = 0; k < n; k++) x = (x * 31 + k) | 0;
    (window as unknown as { __control: number }).__control = x;
    return performance.now() - t0;
  }, iterations);

async function calibrateControl(page: Page): Promise<number> {
  const probe = 1_000_000;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await control(page, probe));
  return Math.round((probe * CONTROL_MS) / Math.max(stat(times).median, 0.05));
}

async function batches(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('spoiler-shield:first-scan').length,
  );
  await page.evaluate(() => document.documentElement.setAttribute('data-spoiler-shield-bench', ''));
  await drained(page);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long.length = 0;
  });
  const controlIterations = await calibrateControl(page);
  const controls: number[] = [];
  let longest = 0;
  for (const size of [20, 200]) {
    const ours: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < RUNS * 2; run++) {
      const before = (await durations(page, 'spoiler-shield:batch')).length;
      await page.evaluate(
        ([n, run]) => {
          const w = window as unknown as { __passage(i: number): string };
          const batch = document.createElement('section');
          batch.className = `batch-${run}`;
          for (let i = 0; i < n; i++) {
            const post = document.createElement('article');
            const who = document.createElement('div');
            who.textContent = `@fan${i}`;
            const p = document.createElement('p');
            p.textContent = w.__passage(run * 1000 + i);
            post.append(who, p);
            batch.append(post);
          }
          document.getElementById('feed')?.append(batch);
        },
        [size, run] as const,
      );
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const all = await durations(page, 'spoiler-shield:batch');
      const mine = all.slice(before).reduce((a, b) => a + b, 0);
      ours.push(mine);
      longest = Math.max(longest, ...all.slice(before));
      floors.push((await walkFloor(page, `#feed > .batch-${run}`)).ms);
      await page.evaluate((r) => document.querySelector(`.batch-${r}`)?.remove(), run);
      if (size === 200) {
        controls.push(await control(page, controlIterations));
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      }
    }
    const o = stat(ours);
    const fl = stat(floors);
    console.log(`Batch of ${size} new posts (${RUNS * 2} runs)`);
    console.log(`  ours:  median ${ms(o.median)}  max ${ms(o.max)}`);
    console.log(
      `  TreeWalker-only floor: median ${ms(fl.median)}  (ours ${(o.median / Math.max(fl.median, 0.01)).toFixed(1)}x)`,
    );
  }
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  const c = stat(controls);
  console.log(
    `  control, a fixed ~${CONTROL_MS} ms of plain JS in the page between those batches (${controls.length} runs): median ${ms(c.median)}  max ${ms(c.max)}`,
  );
  console.log(`  longest batch of ours: ${ms(longest)} (budget 50 ms)`);
  console.log(
    `  long tasks (>50 ms) while batches ran: ${long.length}${long.length ? `, longest ${ms(Math.max(...long))}` : ''}\n`,
  );
  await page.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
