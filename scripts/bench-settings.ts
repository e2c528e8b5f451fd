/**
 * How long the article stays held under settings other than a fresh install's, in Chromium:
 *   node --import tsx scripts/bench-settings.ts [--rounds 3] [--loads 4] [--extension <dir>]
 *
 * The content script restores the build-time snapshot for the built-in show followed alone
 * with no own terms, and makes that matcher while the settings read is in flight. Other
 * settings make their matcher after the read: `strict` restores the snapshot with its own
 * typo index; own terms restore it and compile only themselves beside it. This prints what
 * that costs the page, per kind of settings: a fresh browser per round and kind, the settings
 * written through the service worker, one untimed load, then timed loads of the article.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MEASURE } from '../entrypoints/shield.content/timing';
import { emptyLibrary } from '../src/core/pack/library-data';
import { DEFAULT_PREFS } from '../src/settings/prefs';
import { startFixtureServer } from '../tests/e2e/server';
import { durations, ms, stat } from './bench-lib/figures';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { launchWithExtension, workerStorage } from './lib/launch';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    loads: { type: 'string', default: '4' },
    extension: { type: 'string', default: join(root, '.output/chrome-mv3') },
  },
});
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM);

type Storage = ReturnType<typeof workerStorage>;

/** Each kind of settings, as the options page would store it. */
const KINDS: { name: string; write(storage: Storage): Promise<void> }[] = [
  { name: 'fresh install (snapshot, made during the read)', write: async () => {} },
  {
    name: 'sensitivity strict (snapshot, after the read)',
    write: (s) => s.set('sync', { prefs: { ...DEFAULT_PREFS, sensitivity: 'strict' } }),
  },
  {
    name: 'one own term (snapshot + own terms compiled, after the read)',
    write: (s) =>
      s.set('local', {
        library: {
          ...emptyLibrary(),
          ownTerms: { 'tiny-pretty-things': [{ term: 'Ripper', season: 1, episode: 10 }] },
        },
      }),
  },
];

const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
const samples = KINDS.map(() => ({ held: [] as number[], after: [] as number[] }));
try {
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const [k, kind] of KINDS.entries()) {
      const ext = await launchWithExtension({
        executablePath: chromiumPath,
        extensionDir: args.extension,
        headless: true,
      });
      try {
        // A fresh install writes its defaults at launch: settle first, then write over them.
        await new Promise((done) => setTimeout(done, 3000));
        await kind.write(workerStorage(ext.serviceWorker));
        await new Promise((done) => setTimeout(done, 500));
        for (let load = -1; load < Number(args.loads); load++) {
          const page = await ext.context.newPage();
          await page.goto(server.url('article.html'), { waitUntil: 'load' });
          if (load >= 0) {
            const s = samples[k] as { held: number[]; after: number[] };
            s.held.push(...(await durations(page, MEASURE.pending)));
            s.after.push(...(await durations(page, MEASURE.compile)));
          }
          await page.close();
        }
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
}

const loads = Number(args.rounds) * Number(args.loads);
console.log(`The article held unpainted, by settings (${loads} loads each, medians):`);
for (const [k, kind] of KINDS.entries()) {
  const s = samples[k] as { held: number[]; after: number[] };
  console.log(
    `  ${kind.name.padEnd(50)} held ${ms(stat(s.held).median)}; matcher made after the read ${ms(stat(s.after).median)}`,
  );
}
