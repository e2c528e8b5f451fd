/**
 * The built-in Tiny Pretty Things pack: its shape, the size bar, and
 * the plot facts every spoiler-heavy article about the show gives away, each at
 * the episode a viewer learns it. The table is written for this test from the
 * research notes; nothing here reads outside the repository.
 */
import { join } from 'node:path';
import * as v from 'valibot';
import type { Rollup } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { builtinPacksAsText } from '../../scripts/vite/json-as-text';
import {
  BUILTIN_PACKS,
  DEFAULT_SHOW_ID,
  lazyBuiltin,
  withDefaults,
} from '../../src/core/pack/builtin/index';
import tinyPrettyThingsJson from '../../src/core/pack/builtin/tiny-pretty-things.json';
import { type PackInput, PackSchema } from '../../src/core/pack/schema';
import { validatePack } from '../../src/core/pack/validate';

const pack = BUILTIN_PACKS.find((p) => p.id === 'tiny-pretty-things');
if (!pack) throw new Error('the tiny-pretty-things pack is not among BUILTIN_PACKS');
const episodes = pack.seasons.find((s) => s.number === 1)?.episodes ?? [];

describe('built-in packs', () => {
  it('offer the default show', () => {
    expect(BUILTIN_PACKS.map((p) => p.id)).toContain(DEFAULT_SHOW_ID);
  });

  it('pass the full pack validation with no errors and no warnings', () => {
    const result = validatePack(tinyPrettyThingsJson);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('are loaded at run time exactly as the schema would parse them (no drift)', () => {
    // The content script skips valibot; the schema fills defaults, trims and drops unknown keys.
    const { $schema: _editorsOnly, ...parsed } = v.parse(PackSchema, tinyPrettyThingsJson);
    expect(BUILTIN_PACKS[0]).toStrictEqual(parsed);
  });

  it('make a pack field by field, only when one other than the id is read', () => {
    let reads = 0;
    const counted = {} as PackInput;
    for (const [key, value] of Object.entries(tinyPrettyThingsJson)) {
      Object.defineProperty(counted, key, {
        enumerable: true,
        get: () => {
          if (key !== 'id') reads++;
          return value;
        },
      });
    }
    const lazy = lazyBuiltin(counted);
    expect(lazy.id).toBe('tiny-pretty-things');
    expect(reads).toBe(0);
    expect(lazy.facts.length).toBeGreaterThan(70);
    expect(reads).toBeGreaterThan(0);
    expect(lazy).toStrictEqual(withDefaults(tinyPrettyThingsJson as PackInput));
  });

  it('make lazily every field withDefaults adds, even one the file leaves out', () => {
    // lazyBuiltin lists the defaulted fields itself (DEFAULTED): a field added to withDefaults
    // and not to that list would be missing from a lazy pack whose file leaves it out.
    const bare = {
      schemaVersion: 1,
      id: 'bare',
      title: 'Bare',
      seasons: [{ number: 1, episodes: [{ number: 1, title: 'One' }] }],
      facts: [{ id: 'f', episode: { season: 1, episode: 1 }, text: 'A fact.', terms: [['x']] }],
    } as unknown as PackInput;
    expect(lazyBuiltin(bare)).toStrictEqual(withDefaults(bare));
  });

  it('are bundled as JSON text, parsed once, when a field other than the id is first read', async () => {
    const file = join(import.meta.dirname, '../../src/core/pack/builtin/tiny-pretty-things.json');
    // The dev server's module: the text as a literal.
    const served = builtinPacksAsText();
    (served.configResolved as (c: unknown) => void)({ command: 'serve' });
    const out = (served.load as (id: string) => { code: string })(file);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const input = new Function(out.code.replace('export default input;', 'return input;'))();
      expect(input.id).toBe('tiny-pretty-things');
      expect(parse).not.toHaveBeenCalled();
      expect(input).toEqual(tinyPrettyThingsJson);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
    // A build's: the text in a comment once bundled (comment-carrier.ts), the same pack.
    const built = builtinPacksAsText();
    (built.configResolved as (c: unknown) => void)({ command: 'build' });
    const chunk = {
      type: 'chunk',
      fileName: 'shield.js',
      code: (built.load as (id: string) => { code: string })(file).code,
    } as Rollup.OutputChunk;
    const importChunk = () => import(`data:text/javascript,${encodeURIComponent(chunk.code)}`);
    // Not carried (the bundle step never ran): reading a field says so, rather than misreading.
    const uncarried = (await importChunk()).default;
    expect(uncarried.id).toBe('tiny-pretty-things');
    expect(() => uncarried.title).toThrow(/tiny-pretty-things\.json: its text was not carried/);
    (built.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call(
      {},
      {},
      {
        'shield.js': chunk,
      },
    );
    // ASCII JSON, carried as it is (no unescaping pass when the pack is first read).
    expect(chunk.code).toContain('/*={"$schema"');
    expect((await importChunk()).default).toEqual(tinyPrettyThingsJson);
  });

  it('fill every default the schema fills', () => {
    const bare = {
      schemaVersion: 1,
      id: 'bare-show',
      title: 'Bare Show',
      seasons: [{ number: 1, episodes: [{ number: 1, title: 'Pilot' }] }],
      characters: [{ id: 'ann', name: 'Ann Example' }],
      entities: [{ id: 'school', name: 'The School', kind: 'place' }],
      facts: [{ id: 'f', season: 1, episode: 1, label: 'A thing', all: [['ann']] }],
    } satisfies PackInput;
    expect(withDefaults(bare)).toStrictEqual(v.parse(PackSchema, bare));
  });
});

describe('tiny-pretty-things pack', () => {
  it('has season 1 with its 10 titled episodes, numbered 1..10', () => {
    expect(pack.seasons).toHaveLength(1);
    expect(episodes.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const e of episodes) expect(e.title.length).toBeGreaterThan(0);
    expect(episodes[0]?.title).toBe('Corps');
    expect(episodes[9]?.title).toBe('Push Comes to Shove');
  });

  it('has at least 70 facts and at least 6 for every episode', () => {
    expect(pack.facts.length).toBeGreaterThanOrEqual(70);
    for (const e of episodes) {
      const count = pack.facts.filter((f) => f.season === 1 && f.episode === e.number).length;
      expect({ episode: e.number, count: Math.min(count, 6) }).toEqual({
        episode: e.number,
        count: 6,
      });
    }
  });

  it('uses unique ids and only episodes that exist', () => {
    const ids = [...pack.facts, ...pack.characters, ...pack.entities].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of pack.facts) {
      expect(`${f.id} S${f.season}E${f.episode}`).toBe(
        `${f.id} S1E${episodes.some((e) => e.number === f.episode) ? f.episode : 'missing'}`,
      );
    }
  });

  it('references only characters and entities it defines', () => {
    const known = new Set([...pack.characters, ...pack.entities].map((x) => `@${x.id}`));
    const refs = pack.facts.flatMap((f) => f.all.flat().filter((t) => t.startsWith('@')));
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !known.has(r))).toEqual([]);
    // Phrases may name people too ("@delia pushed @cassie"): the "@id" part ends at a non-slug character.
    const inPhrases = pack.facts.flatMap((f) =>
      f.phrases.flatMap((p) => p.match(/@[a-z0-9-]+/g) ?? []),
    );
    expect(inPhrases.length).toBeGreaterThan(10);
    expect(inPhrases.filter((r) => !known.has(r))).toEqual([]);
  });

  it('names the main cast with their actors', () => {
    const actorOf = (id: string) => pack.characters.find((c) => c.id === id)?.actor;
    expect(actorOf('neveah')).toBe('Kylie Jefferson');
    expect(actorOf('cassie')).toBe('Anna Maiche');
    expect(actorOf('bette')).toBe('Casimere Jollette');
    expect(actorOf('delia')).toBe('Tory Trowbridge');
    expect(actorOf('ramon')).toBe('Bayardo De Murguia');
    expect(actorOf('travis')).toBe('Luke Humphrey');
  });

  // The label is shown on the hidden passage, so it must not give the finale away.
  it('keeps labels short and the finale labels free of the culprit', () => {
    for (const f of pack.facts) expect(f.label.length, f.id).toBeLessThanOrEqual(60);
    const finale = pack.facts.filter((f) => f.episode === 10);
    for (const f of finale) expect(f.label, f.id).not.toMatch(/delia|sister|jealous/i);
  });
});

/** What a full-season spoiler article gives away, in our own words. */
const SPOILED = [
  {
    what: 'the star dancer is shoved off the school roof',
    factId: 'cassie-pushed-off-roof',
    episode: 1,
  },
  { what: 'she lies in a coma rather than dying', factId: 'cassie-in-coma', episode: 1 },
  {
    what: 'Bette fears she did it while drunk and blacked out',
    factId: 'bette-blackout',
    episode: 8,
  },
  {
    what: "Cassie's parents switch off her life support",
    factId: 'cassie-life-support',
    episode: 8,
  },
  { what: 'she keeps breathing without the machines', factId: 'cassie-breathes-alone', episode: 8 },
  { what: 'Cassie is still alive when the season ends', factId: 'cassie-survives', episode: 8 },
  {
    what: 'Travis threatens June that she may share Cassie’s fate',
    factId: 'travis-threatens-june',
    episode: 8,
  },
  { what: 'Cassie comes out of her coma', factId: 'cassie-wakes', episode: 9 },
  { what: 'Bette is arrested', factId: 'bette-arrested', episode: 9 },
  { what: 'the police take Bette’s fingerprints', factId: 'bette-fingerprinted', episode: 9 },
  { what: 'Cassie names Bette before the press', factId: 'cassie-frames-bette', episode: 10 },
  { what: 'Bette did not do it', factId: 'bette-innocent', episode: 10 },
  { what: 'Travis was only a decoy suspect', factId: 'travis-red-herring', episode: 10 },
  { what: 'Delia is the one who shoved Cassie', factId: 'who-pushed-cassie', episode: 10 },
  {
    what: 'Delia acted out of jealousy over Cassie and Ramon',
    factId: 'delia-motive',
    episode: 10,
  },
  { what: 'Delia confesses', factId: 'delia-confesses', episode: 10 },
  { what: 'Bette thinks about ending her life meanwhile', factId: 'bette-suicidal', episode: 10 },
  { what: 'Ramon is found bleeding on the floor', factId: 'ramon-bleeding', episode: 10 },
];

describe('spoiler-article facts sit at the episode that reveals them', () => {
  it.each(SPOILED)('$what -> $factId (S1E$episode)', ({ factId, episode }) => {
    const fact = pack.facts.find((f) => f.id === factId);
    expect(fact && { season: fact.season, episode: fact.episode }).toEqual({ season: 1, episode });
  });
});
