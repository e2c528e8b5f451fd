import type { BrowserContext } from 'playwright-core';

/** A Chromium trace event, the fields read here. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; scriptName?: string }; fileName?: string };
}

export interface ScriptCpu {
  /** Thread time of the content script until first contentful paint, ms. */
  beforePaint: number;
  /** Of which compiling the bundle. */
  compile: number;
}

/**
 * Loads `url` in a new tab with a trace running and returns the main-thread CPU time
 * (thread time, not wall time) the extension's content script spent before the page's
 * first contentful paint: its evaluation (compile, module code, main()) and every callback
 * it ran (promise reactions, observer callbacks, frames). Thread time barely moves when other
 * processes share the cores, which wall-clock paint times do a lot on this machine.
 */
export async function contentScriptCpu(context: BrowserContext, url: string): Promise<ScriptCpu> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => {
    events.push(...(d.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,loading',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error(`no first contentful paint in the trace of ${url}`);
  const ours = (e: TraceEvent) =>
    e.ph === 'X' &&
    e.pid === fcp.pid &&
    e.tid === fcp.tid &&
    e.ts < fcp.ts &&
    JSON.stringify(e.args ?? {}).includes('chrome-extension://');
  const ms = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  // EvaluateScript holds the bundle's compile and run; FunctionCall the callbacks after it.
  // A call nested in one already counted is not counted again.
  const top: TraceEvent[] = [];
  let until = -1;
  const calls = events
    .filter((e) => ours(e) && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'))
    .sort((a, b) => a.ts - b.ts);
  for (const e of calls) {
    if (e.ts < until) continue;
    top.push(e);
    until = e.ts + (e.dur ?? 0);
  }
  const compile = events.filter((e) => ours(e) && e.name === 'v8.compile');
  return { beforePaint: ms(top), compile: ms(compile) };
}
