import * as v from 'valibot';

/**
 * The show pack format, version 1. This file is the single source of the pack
 * TypeScript types and of the published JSON Schema (public/pack.schema.json).
 * Shape only: cross-field rules (episodes exist, ids unique, referenced
 * characters exist, term lengths) live in validate.ts.
 * The descriptions end up in the JSON Schema, so editors show them on hover.
 */

export const SCHEMA_VERSION = 1;

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as "tiny-pretty-things"'),
);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const textList = v.array(text);
const described = <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

export const EpisodeSchema = v.object({
  number: described(positiveInt, 'Episode number within its season: 1, 2, 3... without gaps.'),
  title: described(text, 'Episode title, shown in the episode picker.'),
});

export const SeasonSchema = v.object({
  number: described(positiveInt, 'Season number, unique within the pack.'),
  episodes: v.pipe(
    v.array(EpisodeSchema),
    v.minLength(1, 'expected at least one episode'),
    v.description('Every episode of the season, numbered from 1.'),
  ),
});

export const CharacterSchema = v.object({
  /** Referenced from fact terms as "@id". */
  id: described(slug, 'Referenced from fact terms as "@id".'),
  name: described(text, 'The name the show uses most.'),
  nicknames: v.optional(described(textList, 'Other names the character goes by.'), []),
  /** Spellings people really type (the fuzzy matcher catches small typos on top). */
  misspellings: v.optional(
    described(textList, 'Spellings people really type (small typos are caught anyway).'),
    [],
  ),
  actor: v.optional(described(text, 'The actor: people often write them instead of the role.')),
});

export const EntitySchema = v.object({
  /** Referenced from fact terms as "@id". */
  id: described(slug, 'Referenced from fact terms as "@id".'),
  name: described(text, 'The name the show uses most.'),
  kind: v.picklist(['place', 'object', 'organization', 'event', 'other']),
  aliases: v.optional(described(textList, 'Other names for the same thing.'), []),
});

/**
 * One group of alternatives: any one of them satisfies the group. A term is a
 * word or a short phrase ("life support"), or "@id" for every name of a
 * character or entity (name, nicknames, misspellings, actor).
 */
export const TermGroupSchema = v.pipe(textList, v.minLength(1, 'expected at least one term'));

export const FactSchema = v.object({
  id: described(slug, 'Unique among the facts of this pack.'),
  season: described(positiveInt, 'The season in which this becomes known.'),
  /** The episode in which this becomes known: hidden until the user has watched it. */
  episode: described(positiveInt, 'The episode in which this becomes known.'),
  /** Spoiler-free label for the UI, e.g. "Who pushed Cassie". */
  label: described(text, 'Spoiler-free label for the UI, e.g. "Who pushed Cassie".'),
  /** Every group must be matched within one sentence (or a small window). */
  all: v.pipe(
    v.array(TermGroupSchema),
    v.minLength(1, 'expected at least one term group'),
    v.description(
      'Groups of alternatives. Every group must match within one sentence; any one term satisfies its group. "@id" stands for every name of a character or entity.',
    ),
  ),
  /** Phrases that give the fact away on their own. */
  phrases: v.optional(described(textList, 'Phrases that give the fact away on their own.'), []),
  /**
   * How much page context the terms need: "self" when they are distinctive on
   * their own; "show" when they only count on a page that is about the show
   * (its title, an alias, a hashtag, or several of its characters).
   */
  context: v.optional(
    described(
      v.picklist(['self', 'show']),
      '"self": the terms are distinctive on their own. "show" (default): they only count on a page about the show.',
    ),
    'show',
  ),
  /** Source notes, e.g. where recaps disagreed on the episode. */
  note: v.optional(described(v.string(), 'Source notes for pack authors; never shown.')),
});

export const PackSchema = v.object({
  /** Lets editors validate a pack file against public/pack.schema.json; ignored otherwise. */
  $schema: v.optional(described(v.string(), 'The JSON Schema this file follows (for editors).')),
  schemaVersion: described(v.literal(SCHEMA_VERSION), 'Pack format version: 1.'),
  id: described(slug, 'Pack id, e.g. "tiny-pretty-things".'),
  title: described(text, 'The show title.'),
  /** Other titles, hashtags (#TinyPrettyThings), abbreviations (TPT). */
  aliases: v.optional(
    described(textList, 'Other titles, hashtags (#TinyPrettyThings), abbreviations (TPT).'),
    [],
  ),
  /** Terms shorter than 3 letters that are allowed anyway. */
  allowShortTerms: v.optional(
    described(textList, 'Terms shorter than 3 letters that are allowed anyway.'),
    [],
  ),
  seasons: v.pipe(
    v.array(SeasonSchema),
    v.minLength(1, 'expected at least one season'),
    v.description('The seasons and their episodes.'),
  ),
  characters: v.optional(v.array(CharacterSchema), []),
  entities: v.optional(v.array(EntitySchema), []),
  facts: described(v.array(FactSchema), 'The spoilers, each tied to the episode that reveals it.'),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackInput = v.InferInput<typeof PackSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Character = v.InferOutput<typeof CharacterSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Season = v.InferOutput<typeof SeasonSchema>;
