/**
 * Paired first-paint comparison of built extensions, in ONE browser:
 *   node --import tsx scripts/bench-ab.ts <buildA> <buildB> [--rounds 8] [--loads 4] [--page article.html]
 *   node --import tsx scripts/bench-ab.ts --parts <build> [...]
 *
 * Each variant is a copy of a build whose content scripts match only its own path (/a/, /b/,
 * ...); one more path matches none. Every launch loads the same page under every path in
 * turn, so the variants are compared load by load in the same browser, each against the
 * page with no content script.
 *
 * `--parts` splits one build's cost to first paint into three copies of it: a one-line
 * content script (what any document_start script costs: the extension's isolated world, its
 * CSS), the bundle loaded with main() returning at once (a file listed before it sets
 * BUNDLE_ONLY_GLOBAL: compiling the bundle and setting up its modules), and the build as it is.
 *
 * Why one browser: bench-dom.ts compares fresh browsers with and without the extension, as the
 * budget asks, but on this 2-core machine each launch keeps a bias of its own (when a content
 * script starts varied by 30-70 ms between launches), so a change smaller than that is lost
 * between runs. Paired in one browser it is less so, but not gone: two copies of the same build
 * measured first paint 272.6 vs 284.8 ms mean (272 vs 272 median) and main() 126 vs 137 ms
 * mean, over 32 loads each. A difference under ~12 ms here is noise. First paint lands on
 * frames, so medians move in steps; means and medians are both printed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { BUNDLE_ONLY_GLOBAL } from '../entrypoints/shield.content/timing';
import { LOADED_ATTR } from '../src/dom/marks';
import { startFixtureServer } from '../tests/e2e/server';
import { medianDifferenceInterval } from './bench-lib/bootstrap';
import { durations, stat } from './bench-lib/figures';
import { firstContentfulPaint } from './bench-lib/first-paint';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { launchWithExtension } from './lib/launch';

const root = resolve(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '8' },
    loads: { type: 'string', default: '4' },
    page: { type: 'string', default: 'article.html' },
    parts: { type: 'boolean', default: false },
  },
});
const builds = positionals.map((p) => resolve(p));
if (args.parts ? builds.length !== 1 : builds.length !== 2)
  throw new Error('usage: bench-ab.ts <buildA> <buildB> | --parts <build> [--rounds N]');
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM);

/** How a copy differs from its build; 'none': the page under a path no copy matches. */
type Kind = 'none' | 'as built' | 'one-line script' | 'bundle only';

interface Variant {
  name: string;
  kind: Kind;
  /** The path its content scripts match ('none' for the page no copy matches). */
  tag: string;
  dir?: string;
  fcp: number[];
  main: number[];
  held: number[];
}

/** A copy of `build` whose content scripts run only under /<tag>/, changed as `kind` says. */
function copyForPath(build: string, tag: string, kind: Kind, into: string): string {
  const dir = join(into, tag);
  cpSync(build, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const script of manifest.content_scripts ?? []) {
    script.matches = [`http://127.0.0.1/${tag}/*`];
    if (kind === 'one-line script') {
      writeFileSync(
        join(dir, 'one-line.js'),
        'document.documentElement.dataset.benchOneLine = "";\n',
      );
      script.js = ['one-line.js'];
    } else if (kind === 'bundle only') {
      writeFileSync(join(dir, 'bundle-only.js'), `globalThis.${BUNDLE_ONLY_GLOBAL} = true;\n`);
      script.js = ['bundle-only.js', ...script.js];
    }
  }
  // Two copies of one build may not both claim the same keyboard shortcut.
  delete manifest.commands;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

const work = mkdtempSync(join(tmpdir(), 'spoiler-shield-ab-'));
const variant = (name: string, kind: Kind, tag: string, build?: string): Variant => ({
  name,
  kind,
  tag,
  dir: build && kind !== 'none' ? copyForPath(build, tag, kind, work) : undefined,
  fcp: [],
  main: [],
  held: [],
});
const [first, second] = builds as [string, string];
const variants: Variant[] = args.parts
  ? [
      variant('one-line content script', 'one-line script', 'a', first),
      variant('bundle loaded, main() returns at once', 'bundle only', 'b', first),
      variant(`as built (${first})`, 'as built', 'c', first),
      variant('no content script (same browser)', 'none', 'none'),
    ]
  : [
      variant(first, 'as built', 'a', first),
      variant(second, 'as built', 'b', second),
      variant('neither (same browser)', 'none', 'none'),
    ];
const pathOf = (v: Variant) => `/${v.tag}/page.html`;
const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
const html = readFileSync(join(root, 'tests/e2e/pages', args.page), 'utf8');
for (const v of variants) {
  server.route(pathOf(v), (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
}

/** Throws when a copy did not run as its kind says (a bench of the wrong thing is worse than none). */
async function checkRan(page: Page, v: Variant): Promise<void> {
  const [loaded, oneLine] = await page.evaluate(
    ([attr]) => [
      document.documentElement.hasAttribute(attr as string),
      document.documentElement.hasAttribute('data-bench-one-line'),
    ],
    [LOADED_ATTR],
  );
  const expected = {
    loaded: v.kind === 'as built',
    oneLine: v.kind === 'one-line script',
  };
  if (loaded !== expected.loaded || oneLine !== expected.oneLine)
    throw new Error(`${v.name}: the content script did not run as this variant should`);
}

try {
  for (let round = 0; round < Number(args.rounds); round++) {
    const browser = await launchWithExtension({
      executablePath: chromiumPath,
      extensionDir: variants.flatMap((v) => (v.dir ? [v.dir] : [])).join(','),
      headless: true,
    });
    try {
      await new Promise((done) => setTimeout(done, 3000));
      for (let load = -1; load < Number(args.loads); load++) {
        // The order turns, so no variant always loads first; load -1 is untimed (the launch's own).
        for (let k = 0; k < variants.length; k++) {
          const v = variants[(round + load + 1 + k) % variants.length] as Variant;
          const page = await browser.context.newPage();
          await page.goto(server.url(pathOf(v)), { waitUntil: 'load' });
          if (load >= 0) {
            v.fcp.push(await firstContentfulPaint(page));
            v.main.push(...(await durations(page, 'spoiler-shield:main')));
            v.held.push(...(await durations(page, 'spoiler-shield:pending')));
            await checkRan(page, v);
          }
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const both = (xs: number[]) =>
  xs.length === 0 ? '-' : `${mean(xs).toFixed(1)} / ${stat(xs).median.toFixed(1)} ms`;
const none = variants.at(-1) as Variant;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
console.log(`${args.page}, ${args.rounds} launches x ${args.loads} loads (mean / median):`);
for (const v of variants) {
  console.log(`  ${v.tag}: ${v.name}`);
  let line = `     first paint ${both(v.fcp)}`;
  if (v !== none) {
    const [lo, hi] = medianDifferenceInterval(none.fcp, v.fcp);
    const diff = stat(v.fcp).median - stat(none.fcp).median;
    line += ` (median ${signed(diff)} ms over no content script; 90% interval ${signed(lo)} to ${signed(hi)})`;
  }
  if (v.main.length > 0)
    line += `; main() from navigation ${both(v.main)}; page held ${both(v.held)}`;
  console.log(line);
}
