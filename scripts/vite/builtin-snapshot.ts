import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { NOT_STARTED } from '../../src/core/episode';
import { snapshotPacks } from '../../src/core/match/index';
import { DEFAULT_SHOW_ID, withDefaults } from '../../src/core/pack/builtin/index';
import type { PackInput } from '../../src/core/pack/schema';

/** What the content script imports: the snapshot's packs, and its text (see below). */
export const BUILTIN_SNAPSHOT_ID = 'virtual:builtin-snapshot';
const RESOLVED = `\0${BUILTIN_SNAPSHOT_ID}`;
const PACK_FILE = join(
  import.meta.dirname,
  '../../src/core/pack/builtin',
  `${DEFAULT_SHOW_ID}.json`,
);

/** Stands in the bundle for the comment that carries the text, until generateBundle. */
export const CARRIER_PLACEHOLDER = '__SPOILER_SHIELD_SNAPSHOT_CARRIER__';
const PLACEHOLDER_LITERAL = new RegExp(`(["'\`])${CARRIER_PLACEHOLDER}\\1`, 'g');

/**
 * Builds, at build time, the snapshot of a compiled matcher for the default built-in show
 * followed alone: the settings of a fresh install, and of most users. The content script
 * restores it instead of compiling in every frame (entrypoints/shield.content/matcher-cache.ts);
 * any other set of packs, or own terms, is compiled as before.
 *
 * The text travels in a comment, not a string literal. V8 compiles a content script on the
 * main thread of every frame before the page's parser can go on, and its scanner copies a
 * literal character by character: the 347 kB snapshot as a literal took 10-24 ms to compile
 * in a fresh Chromium page (`new Function` of it alone, medians of 8-10 pages), as a comment
 * ~2 ms. A comment is skipped, and Function.prototype.toString gives it back as it is written
 * (the way Gmail's mobile site once deferred the parsing of its code). So the module exports
 * a function whose body is, once built, nothing but that comment; generateBundle puts it
 * there, after the minifier (which drops comments) has run. Where it never runs (a test
 * importing the module), snapshotText() reads null and the matcher is compiled.
 *
 * The pack file is read afresh on every load, and watched, so `wxt dev` rebuilds the
 * snapshot when the pack changes; the snapshot can never be older than the pack it ships with.
 */
export function builtinSnapshot(): Plugin {
  let text: string | null = null;
  return {
    name: 'spoiler-shield:builtin-snapshot',
    resolveId: (id) => (id === BUILTIN_SNAPSHOT_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(PACK_FILE);
      const pack = withDefaults(JSON.parse(readFileSync(PACK_FILE, 'utf8')) as PackInput);
      text = snapshotPacks([{ pack, watched: NOT_STARTED }]);
      return [
        `export const packs = ${JSON.stringify([pack.id])};`,
        `const carrier = () => ${JSON.stringify(CARRIER_PLACEHOLDER)};`,
        `export const snapshotText = () => textInComment(carrier.toString());`,
        TEXT_IN_COMMENT,
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      if (text !== null) carryInComments(bundle, text);
    },
  };
}

/**
 * The module's reader: the text between the first comment opener and the last closer, its
 * escapes (asciiForComment) undone, or null.
 */
const TEXT_IN_COMMENT = `function textInComment(source) {
  const start = source.indexOf('/*');
  const end = source.lastIndexOf('*/');
  if (start < 0 || end <= start) return null;
  const text = source.slice(start + 2, end);
  return text.includes('\\\\')
    ? text.replace(/\\\\(?:u([0-9a-f]{4})|\\\\)/g, (_, hex) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '\\\\'))
    : text;
}`;

/**
 * Replaces the placeholder literal in every chunk that holds it with the text as a comment,
 * and makes that chunk ASCII. Why ASCII: Chromium hands a content script to V8 as two-byte
 * text when any character is beyond Latin-1 (the labels' typographic quotes), and then the
 * text read from the comment is two-byte too: the restore took ~8 ms instead of ~5.5 and the
 * first evaluation ~14 ms instead of ~8 (12 loads each, two builds differing only in this).
 */
export function carryInComments(bundle: Rollup.OutputBundle, text: string): void {
  const carried = asciiForComment(text);
  if (carried.includes('*/')) throw new Error('builtin snapshot: its text holds "*/"');
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.code.includes(CARRIER_PLACEHOLDER)) continue;
    let found = 0;
    chunk.code = asciiCode(chunk.code).replace(PLACEHOLDER_LITERAL, () => {
      found++;
      return `/*${carried}*/0`;
    });
    if (found !== 1) {
      throw new Error(
        `builtin snapshot: ${chunk.fileName} holds its placeholder ${found} times as a literal, expected 1`,
      );
    }
  }
}

/** `text` in ASCII: a backslash doubled, anything else beyond ASCII as \uXXXX (see textInComment). */
export function asciiForComment(text: string): string {
  return text.replace(/[\\\u0080-\uffff]/g, (c) => (c === '\\' ? '\\\\' : unicodeEscape(c)));
}

/**
 * Minified code in ASCII: every character beyond it as \uXXXX, which means the same in the
 * string, template and regular expression literals it can stand in (identifiers are ASCII).
 */
function asciiCode(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, unicodeEscape);
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
