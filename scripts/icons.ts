/**
 * Renders assets/icon.svg to public/icon/<size>.png at every size the stores and
 * browsers ask for, with the same Chromium the tests use (no image library needed).
 * Run after editing the SVG: node --import tsx scripts/icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const root = resolve(import.meta.dirname, '..');
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const outDir = join(root, 'public/icon');
mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
  );
  await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`wrote ${ICON_SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
