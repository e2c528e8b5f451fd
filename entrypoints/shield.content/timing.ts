import { PENDING_ATTR } from '../../src/dom/marks';

/**
 * Timings for scripts/bench-dom.ts, as User Timing measures the page can read
 * (performance.getEntriesByName). The settings read and the first scan are measured on every
 * page (a few entries); mutation batches only while <html data-spoiler-shield-bench> is set or
 * the URL has #spoiler-shield-bench, so a long-lived page does not pile up entries.
 */
export const MEASURE = {
  /** From navigation start to the content script's main(): bundle load and evaluation. */
  main: 'spoiler-shield:main',
  /**
   * From main() to the settings in hand. The matcher is made (restored from the build-time
   * snapshot, or compiled) speculatively while the read is in flight, so when that
   * outlasts the read this includes the rest of it.
   */
  settings: 'spoiler-shield:settings',
  /** The speculative matcher (restore or compile) in main(), while the read is in flight. */
  prepare: 'spoiler-shield:prepare',
  /** Making the matcher once the settings are in hand: ~0 when the speculative one is reused. */
  compile: 'spoiler-shield:compile',
  firstScan: 'spoiler-shield:first-scan',
  /** Bench only: a full scan after the first, its text walk alone, a mutation batch. */
  scan: 'spoiler-shield:scan',
  scanWalk: 'spoiler-shield:scan-walk',
  batch: 'spoiler-shield:batch',
  /** Bench only: a bare SHOW_TEXT TreeWalker pass in the content script's own world. */
  floor: 'spoiler-shield:floor',
  pending: 'spoiler-shield:pending',
} as const;

/**
 * Longest the page stays unpainted while the settings load and the matcher compiles; past it
 * the page shows anyway (fail open) and the scan runs when the settings do arrive. Measured
 * by tests/e2e/shield-timing.test.ts in Chromium on 2 vCPUs, 20 loads per run, the machine
 * busy with other work (load average ~10). Before the compile overlapped the read (three
 * runs): settings read median 25-76 / max 93-184 ms, matcher compile median 85-129 / max
 * 208-300 ms, page held median 136-225 / max 320-411 ms. Since (main() compiles while the read
 * is in flight, so the settings are "in hand" when both are done; the compile after them is
 * ~0 ms), two runs: speculative compile median 138-162 / max 331-343 ms, settings in hand
 * median 162-195 / max 384-409 ms, page held median 168-201 / max 389-420 ms, first scan
 * median 2-3 ms. 400 ms (the first
 * guess from DESIGN.md's 9-97 ms reads) fired on 1 load in 10 and let spoilers paint before
 * the scan; 1000 ms leaves margin and only bites when storage is truly stuck.
 */
export const FAIL_OPEN_MS = 1000;

export const BENCH_ATTR = 'data-spoiler-shield-bench';

/**
 * Bench only (scripts/bench-ab.ts --parts): a global that a one-line file, listed before the
 * bundle in a copy of the extension's manifest, sets in the extension's own world. Then main()
 * returns at once, and first paint shows what loading the bundle costs without its work. A
 * page cannot set it: its scripts run in another world.
 */
export const BUNDLE_ONLY_GLOBAL = '__spoilerShieldBenchBundleOnly';

export function bundleOnly(): boolean {
  return (globalThis as Record<string, unknown>)[BUNDLE_ONLY_GLOBAL] === true;
}

export function measure(name: string, start: number, end: number, detail?: unknown): void {
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // Old engines without the options form: timings are optional.
  }
}

/** `#spoiler-shield-bench` in the URL turns batch timings on from the first moment. */
const benchFromUrl = () => location.hash.includes('spoiler-shield-bench');

/**
 * Bench only: `#spoiler-shield-no-prepare` skips the speculative matcher, so the settings
 * read is measured alone, as the browser delivers it (scripts/bench-dom.ts).
 */
export function prepareOff(): boolean {
  return location.hash.includes('spoiler-shield-no-prepare');
}

export function benchOn(): boolean {
  return document.documentElement.hasAttribute(BENCH_ATTR) || benchFromUrl();
}

/** Shows the page: removes the pending mark set at document_start, once. */
export function releasePage(since: number): void {
  const html = document.documentElement;
  if (!html.hasAttribute(PENDING_ATTR)) return;
  html.removeAttribute(PENDING_ATTR);
  measure(MEASURE.pending, since, performance.now());
}

/**
 * Bench only: the cheapest possible text read, in this (isolated) world, where every node
 * touched needs a wrapper of its own: the fair floor for the shield's own walk.
 */
export function measureFloor(): void {
  const start = performance.now();
  let chars = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  if (chars >= 0) measure(MEASURE.floor, start, performance.now());
}
