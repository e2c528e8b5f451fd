import type { Rollup } from 'vite';

/**
 * Text carried in a bundle as a comment, read back with Function.prototype.toString.
 *
 * Why: V8 compiles a content script on the main thread of every frame before the page's parser
 * goes on, and its scanner copies a string literal character by character. In a fresh Chromium
 * page (`new Function`, medians of 8-10 pages) the 347 kB matcher snapshot as a literal took
 * 10-24 ms to compile, as a comment ~2 ms. A comment is skipped, and toString gives it back
 * as written (the way Gmail's mobile site once deferred the parsing of its code).
 *
 * A module made by moduleCode() exports a reader over a function that returns a placeholder
 * literal; carryInComments(), from a plugin's generateBundle (after the minifier, which drops
 * comments), replaces that literal with the text as a comment. Until it runs the reader gives
 * null.
 */

/** The first character of a carried comment: the text follows as it is, or escaped. */
const AS_IS = '=';
const ESCAPED = '~';

const isAscii = (text: string) => !/[^\x00-\x7f]/.test(text);

/** The module lines: `exportName()` reads the carried text, or null before carryInComments. */
export function moduleCode(placeholder: string, exportName: string): string {
  return [
    `const carrier = () => ${JSON.stringify(placeholder)};`,
    `export const ${exportName} = () => textInComment(carrier.toString());`,
    TEXT_IN_COMMENT,
  ].join('\n');
}

/**
 * The reader: the text between the first comment opener and the last closer, or null. The
 * character after the opener says how it was carried: '=' as it is (an ASCII text), '~'
 * with escapes (asciiForComment) to undo. Why two ways: undoing escapes is a regular
 * expression over the whole text, and for the 347 kB snapshot, whose two "é" made it needed,
 * that pass took 8.1 ms in fresh Chromium pages (median of 16) and 1.9-8.0 ms in the content
 * script (two runs of 12 loads), before first paint. The snapshot is ASCII now
 * (src/core/ascii-json.ts), so it is read as a slice of the script's own source.
 */
const TEXT_IN_COMMENT = `function textInComment(source) {
  const start = source.indexOf('/*');
  const end = source.lastIndexOf('*/');
  if (start < 0 || end <= start + 2) return null;
  const text = source.slice(start + 3, end);
  if (source[start + 2] === '${AS_IS}') return text;
  return text.replace(/\\\\(?:u([0-9a-f]{4})|\\\\)/g, (_, hex) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '\\\\'));
}`;

/**
 * Replaces `placeholder`'s literal in every chunk that holds it with `text` as a comment, and
 * makes that chunk ASCII. Why ASCII: Chromium hands a content script to V8 as two-byte text
 * when any character is beyond Latin-1 (the labels' typographic quotes), and then the text
 * read from the comment is two-byte too: the snapshot's restore took ~8 ms instead of ~5.5 and
 * the first evaluation ~14 ms instead of ~8 (12 loads each, two builds differing only in this).
 */
export function carryInComments(
  bundle: Rollup.OutputBundle,
  placeholder: string,
  text: string,
): void {
  const carried = isAscii(text) ? `${AS_IS}${text}` : `${ESCAPED}${asciiForComment(text)}`;
  if (carried.includes('*/')) throw new Error(`${placeholder}: its text holds "*/"`);
  const literal = new RegExp(`(["'\`])${placeholder}\\1`, 'g');
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.code.includes(placeholder)) continue;
    let found = 0;
    chunk.code = asciiCode(chunk.code).replace(literal, () => {
      found++;
      return `/*${carried}*/0`;
    });
    if (found !== 1) {
      throw new Error(
        `${chunk.fileName} holds ${placeholder} ${found} times as a literal, expected 1`,
      );
    }
  }
}

/** `text` in ASCII: a backslash doubled, anything else beyond ASCII as \\uXXXX. */
export function asciiForComment(text: string): string {
  return text.replace(/[\\\u0080-\uffff]/g, (c) => (c === '\\' ? '\\\\' : unicodeEscape(c)));
}

/**
 * Minified code in ASCII: every character beyond it as \\uXXXX, which means the same in the
 * string, template and regular expression literals it can stand in (identifiers are ASCII).
 * Comments carried before are ASCII already, so a second carrier leaves them as they are.
 */
function asciiCode(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, unicodeEscape);
}

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
