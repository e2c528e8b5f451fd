import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { asciiJson } from '../../src/core/ascii-json';
import { carryInComments, moduleCode } from './comment-carrier';

const BUILTIN_DIR = join(import.meta.dirname, '../../src/core/pack/builtin');

/** Stands in the bundle for the comment carrying pack file `name`'s text (comment-carrier.ts). */
export const packPlaceholder = (name: string) =>
  `__SPOILER_SHIELD_PACK_${name.replace(/\W/g, '_')}__`;

/**
 * Bundles the built-in pack files as their JSON text, parsed when a field other than the id is
 * first read, instead of as object literals parsed at start.
 *
 * Why: the content script is compiled and run in every frame. An object literal is parsed in
 * full at compile while text is not (V8's own advice for data over ~10 kB): for the 112 kB
 * pack, compiling the literal took ~5 ms in a fresh Node process, the string ~2 ms. And a page
 * shielded from the build-time snapshot reads only the pack's id (src/core/pack/builtin/index.ts
 * lazyBuiltin), so the parse is usually never done there. Once parsed, every field reads as
 * JSON.parse made it, so nothing downstream can tell.
 *
 * In a build the text travels in a comment (comment-carrier.ts), which V8 skips far faster than
 * it scans a string literal: `new Function` of the whole content script in a fresh Chromium page
 * took a median 0.5, 4.5 and 3.3 ms less with this 68 kB text as a comment (three runs of 16,
 * 16 and 30 pages each). The dev server never bundles, so there it stays a literal.
 */
export function builtinPacksAsText(): Plugin {
  const texts = new Map<string, string>();
  let bundling = true;
  return {
    name: 'spoiler-shield:builtin-packs-as-text',
    enforce: 'pre',
    configResolved(config) {
      bundling = config.command === 'build';
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(BUILTIN_DIR) || !file.endsWith('.json')) return undefined;
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const keys = Object.keys(json).filter((key) => key !== 'id');
      // ASCII, so the comment carries it as it is (comment-carrier.ts).
      const text = asciiJson(json);
      const placeholder = packPlaceholder(basename(file, '.json'));
      texts.set(placeholder, text);
      const code = [
        ...(bundling
          ? [
              moduleCode(placeholder, 'carried'),
              'const readText = () => {',
              '  const text = carried();',
              `  if (text === null) throw new Error(${JSON.stringify(`${basename(file)}: its text was not carried into the bundle`)});`,
              '  return text;',
              '};',
            ]
          : [`const readText = () => ${JSON.stringify(text)};`]),
        'let parsed;',
        `const input = { id: ${JSON.stringify(json.id)} };`,
        `for (const key of ${JSON.stringify(keys)}) {`,
        '  Object.defineProperty(input, key, {',
        '    enumerable: true,',
        '    get: () => (parsed ??= JSON.parse(readText()))[key],',
        '  });',
        '}',
        'export default input;',
      ].join('\n');
      return { code, moduleType: 'js' };
    },
    generateBundle(_options, bundle) {
      for (const [placeholder, text] of texts) carryInComments(bundle, placeholder, text);
    },
  };
}
