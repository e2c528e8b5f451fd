import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Page text must never be parsed as HTML by the shield: a cheap static guard on top of review. */
const DIRS = ['src/dom', 'entrypoints/shield.content'];
const FORBIDDEN = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|innerText)\b/;

describe('shield sources', () => {
  const files = DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f)),
  );

  it('exist', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s never uses innerHTML, outerHTML, insertAdjacentHTML or innerText', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)) // comments may name them
      .join('\n');
    expect(code).not.toMatch(FORBIDDEN);
  });
});
