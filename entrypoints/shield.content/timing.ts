import { PENDING_ATTR } from '@/src/dom/marks';

/**
 * Timings for scripts/bench-dom.ts, as User Timing measures the page can read
 * (performance.getEntriesByName). The settings read and the first scan are measured on every
 * page (two entries); mutation batches only while <html data-spoiler-shield-bench> is set, so
 * a long-lived page does not pile up entries.
 */
export const MEASURE = {
  settings: 'spoiler-shield:settings',
  firstScan: 'spoiler-shield:first-scan',
  scan: 'spoiler-shield:scan',
  batch: 'spoiler-shield:batch',
  pending: 'spoiler-shield:pending',
} as const;

export const BENCH_ATTR = 'data-spoiler-shield-bench';

export function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // Old engines without the options form: timings are optional.
  }
}

export function benchOn(): boolean {
  return document.documentElement.hasAttribute(BENCH_ATTR);
}

/** Shows the page: removes the pending mark set at document_start, once. */
export function releasePage(since: number): void {
  const html = document.documentElement;
  if (!html.hasAttribute(PENDING_ATTR)) return;
  html.removeAttribute(PENDING_ATTR);
  measure(MEASURE.pending, since, performance.now());
}
