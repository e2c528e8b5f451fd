import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG contrast of the popup/options colours, read from the stylesheet itself
 * so a colour edit cannot drift below the bar unnoticed.
 */
const css = readFileSync(join(import.meta.dirname, '../../entrypoints/popup/theme.css'), 'utf8');

function palette(block: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    if (name && value) vars[name] = value;
  }
  return vars;
}

const [lightBlock, darkBlock] = css.split('@media (prefers-color-scheme: dark)');
const themes = { light: palette(lightBlock ?? ''), dark: palette(darkBlock ?? '') };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum]: text 4.5:1; borders and the focus ring 3:1.
const PAIRS: Array<[string, string, number]> = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent-text', 'accent', 4.5],
  ['danger', 'bg', 4.5],
  ['danger', 'surface', 4.5],
  ['text', 'error-bg', 4.5],
  ['focus', 'bg', 3],
  ['border', 'bg', 3],
];

describe.each(Object.entries(themes))('%s theme', (_name, colours) => {
  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, min) => {
    const a = colours[fg];
    const b = colours[bg];
    expect(a && b, `--${fg} and --${bg} must be defined`).toBeTruthy();
    expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(min);
  });
});
