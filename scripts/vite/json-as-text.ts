import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const BUILTIN_DIR = join(import.meta.dirname, '../../src/core/pack/builtin');

/**
 * Bundles the built-in pack files as their JSON text, parsed when a field other than the id is
 * first read, instead of as object literals parsed at start.
 *
 * Why: the content script is compiled and run in every frame. An object literal is parsed in
 * full at compile while a string is only scanned (V8's own advice for data over ~10 kB): for
 * the 112 kB pack, compiling the literal took ~5 ms in a fresh Node process, the string ~2 ms.
 * And a page shielded from the build-time snapshot reads only the pack's id
 * (src/core/pack/builtin/index.ts lazyBuiltin), so the parse is usually never done there.
 * Once parsed, every field reads as JSON.parse made it, so nothing downstream can tell.
 */
export function builtinPacksAsText(): Plugin {
  return {
    name: 'spoiler-shield:builtin-packs-as-text',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.startsWith(BUILTIN_DIR) || !file.endsWith('.json')) return undefined;
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const keys = Object.keys(json).filter((key) => key !== 'id');
      const code = [
        `const text = ${JSON.stringify(JSON.stringify(json))};`,
        'let parsed;',
        `const input = { id: ${JSON.stringify(json.id)} };`,
        `for (const key of ${JSON.stringify(keys)}) {`,
        '  Object.defineProperty(input, key, {',
        '    enumerable: true,',
        '    get: () => (parsed ??= JSON.parse(text))[key],',
        '  });',
        '}',
        'export default input;',
      ].join('\n');
      return { code, moduleType: 'js' };
    },
  };
}
