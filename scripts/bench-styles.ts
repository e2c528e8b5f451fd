/**
 * What each way of hiding text costs the browser, in real Chromium (no extension):
 *   node --import tsx scripts/bench-styles.ts [--paragraphs 20000] [--runs 5]
 *
 * The issue asked for `color: transparent; text-shadow` on text (DESIGN.md measured it ~60x
 * cheaper than `filter: blur`); the shield ships `visibility: hidden` with a label's spread
 * shadow instead (see entrypoints/shield.content/style.css for why). This prints the three
 * side by side on the bench-dom page: every 25th of its paragraphs is hidden at once (800 at
 * 20,000), each with the shield's label put first inside it, as the content script does. Then
 * the page is scrolled through 100 screens. Figures are the renderer's own work from a trace:
 * style, layout and paint on the main thread, and raster on its workers.
 */

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { ms, stat } from './bench-lib/figures';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { chromiumArgs } from './lib/launch';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    paragraphs: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    screens: { type: 'string', default: '100' },
  },
});
const PARAGRAPHS = Number(args.paragraphs);
const RUNS = Number(args.runs);
const SCREENS = Number(args.screens);

const SHIPPED = readFileSync(join(root, 'entrypoints/shield.content/style.css'), 'utf8');
const HIDDEN = '[data-spoiler-shield="hidden"]';
const LABEL = `${HIDDEN} > spoiler-shield-label`;
/** Undoes the shipped passage rules, so that only the variant's own treatment applies. */
const PLAIN = `${HIDDEN}, ${HIDDEN} *:not(spoiler-shield-label) { visibility: visible !important; clip-path: none !important; user-select: auto !important; }
${LABEL} { box-shadow: none !important; }`;

const VARIANTS: Record<string, string> = {
  'shipped: visibility + label fill': SHIPPED,
  'color: transparent; text-shadow': `${SHIPPED}\n${PLAIN}\n${HIDDEN}, ${HIDDEN} *:not(spoiler-shield-label) { color: transparent !important; text-shadow: 0 0 8px rgba(90, 90, 100, 0.9) !important; }`,
  'filter: blur(6px)': `${SHIPPED}\n${PLAIN}\n${HIDDEN} { filter: blur(6px) !important; }`,
};

function page(paragraphs: number, css: string): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 50 === 0) body.push(`<h2>Part ${i / 50 + 1}</h2>`);
    body.push(
      `<p>Paragraph ${i}: the rehearsal ran long, the costumes came late, and the stage crew stayed past midnight. <a href="#p${i}">link</a></p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>styles</title><style>${css}</style></head><body><main>${body.join('\n')}</main></body></html>`;
}

/** Main-thread rendering steps and raster, summed from a Chromium trace (microseconds). */
const MAIN = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

function sum(trace: Buffer): { main: number; raster: number } {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const renderer = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let main = 0;
  let raster = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    if (MAIN.has(e.name) && e.tid === renderer?.tid && e.pid === renderer?.pid) main += e.dur;
    if (e.name === 'RasterTask') raster += e.dur;
  }
  return { main: main / 1000, raster: raster / 1000 };
}

const frames = (p: Page, n: number) =>
  p.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
  }, n);

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(HOW_TO_GET_CHROMIUM);
  const pages = new Map(Object.entries(VARIANTS).map(([n, css]) => [n, page(PARAGRAPHS, css)]));
  const names = [...pages.keys()];
  const server = createServer((req, res) => {
    const html = pages.get(decodeURIComponent((req.url ?? '/').slice(1)));
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    ignoreDefaultArgs: ['--headless'],
    args: chromiumArgs('', true).filter((a) => !a.includes('extension')),
  });
  console.log(
    `bench-styles: Chromium ${browser.version()}, ${PARAGRAPHS} paragraphs, every 25th hidden, ${RUNS} runs per style (interleaved), ${SCREENS} screens scrolled\n`,
  );
  const hideCost = new Map<string, number[]>(names.map((n) => [n, []]));
  const hideRaster = new Map<string, number[]>(names.map((n) => [n, []]));
  const scrollCost = new Map<string, number[]>(names.map((n) => [n, []]));
  const scrollRaster = new Map<string, number[]>(names.map((n) => [n, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const name of names) {
        const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        await p.goto(`http://127.0.0.1:${port}/${encodeURIComponent(name)}`, {
          waitUntil: 'load',
        });
        await frames(p, 3);
        await browser.startTracing(p, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
        await p.evaluate(() => {
          const ps = document.querySelectorAll('main > p');
          for (let i = 24; i < ps.length; i += 25) {
            const passage = ps[i] as Element;
            const label = document.createElement('spoiler-shield-label');
            label.setAttribute('role', 'button');
            label.setAttribute('tabindex', '0');
            label.attachShadow({ mode: 'closed' }).textContent =
              'Spoiler · Tiny Pretty Things S1 E9 · reveal';
            passage.setAttribute('data-spoiler-shield', 'hidden');
            passage.insertBefore(label, passage.firstChild);
          }
        });
        await frames(p, 3);
        const hide = sum(await browser.stopTracing());
        await browser.startTracing(p, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
        await p.evaluate(async (screens) => {
          for (let i = 1; i <= screens; i++) {
            window.scrollTo(0, i * 900);
            await new Promise((r) => requestAnimationFrame(r));
          }
        }, SCREENS);
        await frames(p, 2);
        const scroll = sum(await browser.stopTracing());
        hideCost.get(name)?.push(hide.main);
        hideRaster.get(name)?.push(hide.raster);
        scrollCost.get(name)?.push(scroll.main);
        scrollRaster.get(name)?.push(scroll.raster);
        await p.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const base = stat(hideCost.get(names[0] as string) ?? []).median;
  for (const name of names) {
    const h = stat(hideCost.get(name) ?? []);
    const s = stat(scrollCost.get(name) ?? []);
    console.log(name);
    console.log(
      `  hiding ${Math.floor(PARAGRAPHS / 25)} passages: style+layout+paint median ${ms(h.median)} (max ${ms(h.max)}; ${(h.median / base).toFixed(1)}x the shipped style), raster ${ms(stat(hideRaster.get(name) ?? []).median)}`,
    );
    console.log(
      `  scrolling ${SCREENS} screens:   style+layout+paint median ${ms(s.median)} (max ${ms(s.max)}), raster ${ms(stat(scrollRaster.get(name) ?? []).median)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
