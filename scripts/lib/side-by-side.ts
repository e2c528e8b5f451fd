import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Puts two screenshots next to each other (captioned) in one PNG, using the browser itself. */
export async function sideBySide(
  browser: Browser,
  leftPath: string,
  rightPath: string,
  outPath: string,
  captions: [string, string],
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1240, height: 800 } });
  const src = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  await page.setContent(`<!doctype html><style>
    body { margin: 0; padding: 16px; display: flex; gap: 16px; background: #e9e6f2; font: 600 18px system-ui, sans-serif; }
    figure { margin: 0; flex: 1; } figcaption { margin-bottom: 8px; color: #2b1d4f; }
    img { width: 100%; border: 1px solid #bbb; display: block; }
  </style>
  <figure><figcaption></figcaption><img id="l"></figure>
  <figure><figcaption></figcaption><img id="r"></figure>`);
  // Captions and sources are set as properties, never parsed as HTML.
  await page.evaluate(
    ([l, r, c]) => {
      const imgs = document.querySelectorAll('img');
      const caps = document.querySelectorAll('figcaption');
      (imgs[0] as HTMLImageElement).src = l as string;
      (imgs[1] as HTMLImageElement).src = r as string;
      (caps[0] as HTMLElement).textContent = (c as string[])[0] as string;
      (caps[1] as HTMLElement).textContent = (c as string[])[1] as string;
    },
    [src(leftPath), src(rightPath), captions] as const,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path: outPath, fullPage: true });
  await page.close();
}
