/**
 * Matcher benchmark on a seeded ~5 MB generated page, all in one process:
 *   node --import tsx scripts/bench.ts [--mb 5] [--runs 5]
 * Prints medians as ms and as a ratio to the tokenize-only floor.
 */

import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compileMatcher, type EngineMatcher, tokenizeOnly } from '../src/core/match/index';
import type { ShowProfile } from '../src/core/match/types';
import type { Pack } from '../src/core/pack/schema';
import { generatePassages } from './bench-lib/page';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MB = arg('mb', 5);
const RUNS = arg('runs', 7);

async function loadPack(): Promise<{ pack: Pack; source: string }> {
  try {
    const { BUILTIN_PACKS } = await import('../src/core/pack/builtin/index');
    const pack = (BUILTIN_PACKS as Pack[])[0];
    if (pack) return { pack, source: `built-in pack "${pack.id}"` };
  } catch {
    // The built-in pack is not there yet: fall back to the unit tests' pack.
  }
  const { TEST_PACK } = await import('../tests/unit/match-fixtures/test-pack');
  return { pack: TEST_PACK, source: 'unit-test pack (built-in pack not found)' };
}

function gcFunction(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** CPU time of this process per measured block: less disturbed than wall time on a shared machine. */
const cpuMs = new Map<number[], number[]>();
function time(fn: () => void, into?: number[]): number {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  if (into) {
    const list = cpuMs.get(into) ?? [];
    list.push((d.user + d.system) / 1000);
    cpuMs.set(into, list);
  }
  return wall;
}

const { pack, source } = await loadPack();
const profiles: ShowProfile[] = [{ pack, watched: { season: 1, episode: 3 } }];
const passages = generatePassages({ bytes: MB * 1024 * 1024, seed: 20201214 });
const bytes = passages.reduce((n, p) => n + p.length, 0);
console.log(`page: ${passages.length} passages, ${(bytes / 1024 / 1024).toFixed(2)} MB; ${source}`);

let sink = 0;
const scan = (m: EngineMatcher) => {
  const page = m.newPage();
  for (const p of passages) page.observe(p);
  for (const p of passages) sink += page.evaluate(p).hidden ? 1 : 0;
};

const floor: number[] = [];
const cold: number[] = [];
const warm: number[] = [];
const compile: number[] = [];
const fresh: number[] = [];
const extraBytes: number[] = [];
const extraFloor: number[] = [];
for (let r = 0; r < RUNS; r++) {
  floor.push(time(() => passages.forEach((p) => (sink += tokenizeOnly(p))), floor));
  let m = compileMatcher(profiles) as EngineMatcher;
  compile.push(time(() => (m = compileMatcher(profiles) as EngineMatcher)));
  cold.push(time(() => scan(m), cold));
  warm.push(time(() => scan(m), warm));
  // 20 comment-sized passages (1-2 sentences) never seen before: what a MutationObserver batch brings.
  const extra = generatePassages({ bytes: 20 * 400, seed: 7 + r, sentences: [1, 2] }).slice(0, 20);
  extraBytes.push(extra.reduce((n, p) => n + p.length, 0));
  extraFloor.push(time(() => extra.forEach((p) => (sink += tokenizeOnly(p)))));
  const page = m.newPage();
  for (const p of passages.slice(0, 200)) page.observe(p);
  fresh.push(
    time(() => extra.forEach((p) => (page.observe(p), (sink += page.evaluate(p).hidden ? 1 : 0)))),
  );
}
const f = median(floor);
const fMin = Math.min(...floor);
const fCpu = median(cpuMs.get(floor) ?? [Number.NaN]);
const row = (name: string, xs: number[], target: string) => {
  const ms = median(xs);
  const min = Math.min(...xs);
  const cpu = cpuMs.get(xs);
  const cpuNote = cpu
    ? `, cpu ${median(cpu).toFixed(0)} ms = ${(median(cpu) / fCpu).toFixed(2)}x`
    : '';
  console.log(
    `${name.padEnd(38)} ${ms.toFixed(1).padStart(8)} ms ${(ms / f).toFixed(2).padStart(6)}x floor` +
      `  (fastest ${(min / fMin).toFixed(2)}x${cpuNote})  ${target}`,
  );
};
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`medians of ${RUNS} interleaved runs; load average ${load} on ${cpus().length} CPUs`);
row('tokenize-only floor', floor, '');
row('compile matcher', compile, '');
row('cold scan (observe+evaluate all)', cold, 'target <= 5x');
row('warm rescan (same matcher, new page)', warm, 'target <= 2x');
console.log(
  `${'20 new passages, warm cache'.padEnd(38)} ${median(fresh).toFixed(3).padStart(8)} ms` +
    `  (fastest run ${Math.min(...fresh).toFixed(3)} ms; their tokenize floor ${median(extraFloor).toFixed(3)} ms,` +
    ` ${median(extraBytes)} chars)  target <= 0.25 ms`,
);

const gc = gcFunction();
if (gc) {
  // Several retained matchers, so the caches' size stands above the heap's own noise
  // (with one, the delta was within a few hundred KB of zero and even came out negative).
  const copies = 5;
  const matchers = Array.from({ length: copies }, () => compileMatcher(profiles) as EngineMatcher);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const m of matchers) scan(m);
  gc();
  const after = process.memoryUsage().heapUsed;
  const cached = matchers.reduce((sum, m) => sum + m.stats().cachedWords, 0);
  console.log(
    `word cache: ${cached / copies} words per matcher, ${((after - before) / cached).toFixed(0)} bytes per cached word (heap delta ${((after - before) / 1024).toFixed(0)} KB over ${copies} matchers)`,
  );
} else console.log('memory per cached word: gc not available, not measured');
if (sink < 0) console.log(sink);
