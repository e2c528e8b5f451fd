import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_SNAPSHOT_ID,
  builtinSnapshot,
  CARRIER_PLACEHOLDER,
} from '../../scripts/vite/builtin-snapshot';
import { asciiForComment, carryInComments, moduleCode } from '../../scripts/vite/comment-carrier';
import { asciiJson } from '../../src/core/ascii-json';
import { snapshotPacks } from '../../src/core/match/index';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const pack = BUILTIN_PACKS[0];
if (!pack) throw new Error('no built-in pack');

/** The plugin's module as the bundle holds it, with some code of the page around it. */
function loadModule() {
  const plugin = builtinSnapshot();
  const id = (plugin.resolveId as (id: string) => string)(BUILTIN_SNAPSHOT_ID);
  const watched: string[] = [];
  const load = plugin.load as (this: unknown, id: string) => string;
  const code = load.call({ addWatchFile: (f: string) => watched.push(f) }, id);
  const generate = plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void;
  return {
    code,
    watched,
    generate: (bundle: Rollup.OutputBundle) => generate.call({}, {}, bundle),
  };
}

const chunk = (code: string) =>
  ({ type: 'chunk', fileName: 'content-scripts/shield.js', code }) as Rollup.OutputChunk;
const importCode = (code: string) => import(`data:text/javascript,${encodeURIComponent(code)}`);

describe('the built-in snapshot carried in a comment', () => {
  it('reads back, once bundled, exactly the snapshot of the pack file the extension ships', async () => {
    const { code, watched, generate } = loadModule();
    expect(watched[0]).toMatch(/tiny-pretty-things\.json$/);
    const label = 'export const label = "Spoiler · Episode 8 “Rise”";';
    const bundled = chunk(`${code}\n${label}`);
    generate({ 'shield.js': bundled });
    // The placeholder is gone, the text is in a comment, and the chunk is ASCII for V8.
    expect(bundled.code).not.toContain(CARRIER_PLACEHOLDER);
    // ASCII text goes as it is ("=" after the opener): read back with no unescaping pass.
    expect(bundled.code).toMatch(/=> \/\*=\{"format":/);
    expect(bundled.code).not.toMatch(/[^\x00-\x7f]/);
    const module = await importCode(bundled.code);
    expect(module.packs).toEqual([pack.id]);
    expect(module.snapshotText()).toBe(
      snapshotPacks([{ pack, watched: { season: 1, episode: 0 } }]),
    );
    // Strings beyond ASCII mean what they meant.
    expect(module.label).toBe('Spoiler · Episode 8 “Rise”');
  });

  it('reads as none where the bundle step never ran (the matcher is compiled then)', async () => {
    const module = await importCode(loadModule().code);
    expect(module.snapshotText()).toBeNull();
  });

  it('round-trips backslashes and characters beyond ASCII in the text', async () => {
    const text = 'fiancé \\ exposé \\u00e9 ☂ \u{1F3AD} end';
    const carried = asciiForComment(text);
    expect(carried).not.toMatch(/[^\x00-\x7f]/);
    const bundled = chunk(moduleCode(CARRIER_PLACEHOLDER, 'text'));
    carryInComments({ 'a.js': bundled }, CARRIER_PLACEHOLDER, text);
    // Escaped ("~" after the opener), since the text is not ASCII.
    expect(bundled.code).toContain(`/*~${carried}*/`);
    expect((await importCode(bundled.code)).text()).toBe(text);
  });

  it('carries ASCII text as it is, backslashes and escapes included, and empty text too', async () => {
    for (const text of ['{"a":"fianc\\u00e9 \\\\ \\"q\\""}', '']) {
      const bundled = chunk(moduleCode(CARRIER_PLACEHOLDER, 'text'));
      carryInComments({ 'a.js': bundled }, CARRIER_PLACEHOLDER, text);
      expect(bundled.code).toContain(`/*=${text}*/`);
      expect((await importCode(bundled.code)).text()).toBe(text);
    }
  });

  it('asciiJson: ASCII JSON with no comment closer, read back as the same value', () => {
    const value = { name: 'fiancé */ ☂ \u{1F3AD}', quote: '"\\', list: ['*/', 'plain'] };
    const text = asciiJson(value);
    expect(text).not.toMatch(/[^\x00-\x7f]/);
    expect(text).not.toContain('*/');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('fails the build when the text would close its comment, or the placeholder is not there once', () => {
    expect(() =>
      carryInComments(
        { 'a.js': chunk(`x("${CARRIER_PLACEHOLDER}")`) },
        CARRIER_PLACEHOLDER,
        'a */ b',
      ),
    ).toThrow(/holds "\*\/"/);
    const twice = chunk(`x("${CARRIER_PLACEHOLDER}", '${CARRIER_PLACEHOLDER}')`);
    expect(() => carryInComments({ 'a.js': twice }, CARRIER_PLACEHOLDER, 'text')).toThrow(
      /2 times as a literal, expected 1/,
    );
    const inside = chunk(`x("a ${CARRIER_PLACEHOLDER} b")`);
    expect(() => carryInComments({ 'a.js': inside }, CARRIER_PLACEHOLDER, 'text')).toThrow(
      /0 times as a literal/,
    );
  });
});
