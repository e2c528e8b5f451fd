/**
 * Paired first-paint A/B of two built extensions, in ONE browser:
 *   node --import tsx scripts/bench-ab.ts <buildA> <buildB> [--rounds 8] [--loads 4] [--page article.html]
 *
 * Each build is copied and its content scripts made to match only its own path (/a/, /b/);
 * /c/ matches neither. Every launch loads the same page under /a/, /b/ and /c/ in turn, so the
 * builds are compared load by load in the same browser.
 *
 * Why: bench-dom.ts compares fresh browsers with and without the extension, as the budget asks,
 * but on this 2-core machine each launch keeps a bias of its own (when a content script starts
 * varied by 30-70 ms between launches), so a change smaller than that is lost between runs.
 * Paired in one browser it is less so, but not gone: two copies of the same build measured
 * first paint 272.6 vs 284.8 ms mean (272 vs 272 median) and main() 126 vs 137 ms mean, over
 * 32 loads each. A difference under ~12 ms here is noise. First paint lands on frames, so
 * medians move in steps; both are printed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../tests/e2e/server';
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
  },
});
const builds = positionals.map((p) => resolve(p));
if (builds.length !== 2) throw new Error('usage: bench-ab.ts <buildA> <buildB> [--rounds N]');
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM);

const TAGS = ['a', 'b', 'c'] as const;
type Tag = (typeof TAGS)[number];

/** A copy of `build` whose content scripts run only under /<tag>/. */
function copyForPath(build: string, tag: Tag, into: string): string {
  const dir = join(into, tag);
  cpSync(build, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const script of manifest.content_scripts ?? [])
    script.matches = [`http://127.0.0.1/${tag}/*`];
  // Two copies of one build may not both claim the same keyboard shortcut.
  delete manifest.commands;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return dir;
}

const work = mkdtempSync(join(tmpdir(), 'spoiler-shield-ab-'));
const dirs = [
  copyForPath(builds[0] as string, 'a', work),
  copyForPath(builds[1] as string, 'b', work),
];
const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
const html = readFileSync(join(root, 'tests/e2e/pages', args.page), 'utf8');
for (const tag of TAGS) {
  server.route(`/${tag}/page.html`, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
}

const samples = Object.fromEntries(
  TAGS.map((t) => [t, { fcp: [] as number[], main: [] as number[], held: [] as number[] }]),
) as Record<Tag, { fcp: number[]; main: number[]; held: number[] }>;
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    const browser = await launchWithExtension({
      executablePath: chromiumPath,
      extensionDir: dirs.join(','),
      headless: true,
    });
    try {
      await new Promise((done) => setTimeout(done, 3000));
      for (let load = -1; load < Number(args.loads); load++) {
        // The order turns, so no build always loads first; load -1 is untimed (the launch's own).
        for (let k = 0; k < TAGS.length; k++) {
          const tag = TAGS[(round + load + 1 + k) % TAGS.length] as Tag;
          const page = await browser.context.newPage();
          await page.goto(server.url(`/${tag}/page.html`), { waitUntil: 'load' });
          if (load >= 0) {
            samples[tag].fcp.push(await firstContentfulPaint(page));
            samples[tag].main.push(...(await durations(page, 'spoiler-shield:main')));
            samples[tag].held.push(...(await durations(page, 'spoiler-shield:pending')));
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
console.log(`${args.page}, ${args.rounds} launches x ${args.loads} loads (mean / median):`);
for (const tag of TAGS) {
  const s = samples[tag];
  const name = tag === 'c' ? 'neither (same browser)' : (builds[TAGS.indexOf(tag)] as string);
  console.log(`  ${tag}: ${name}`);
  console.log(
    `     first paint ${both(s.fcp)}; main() from navigation ${both(s.main)}; page held ${both(s.held)}`,
  );
}
