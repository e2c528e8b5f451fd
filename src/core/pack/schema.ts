import * as v from 'valibot';

/**
 * The show pack format, version 1. This file is the single source of the pack
 * TypeScript types and of the published JSON Schema (public/pack.schema.json).
 * Shape only: cross-field rules (episodes exist, ids unique, referenced
 * characters exist, term lengths) live in validate.ts.
 */

export const SCHEMA_VERSION = 1;

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as "tiny-pretty-things"'),
);
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
const positiveInt = v.pipe(v.number(), v.integer(), v.minValue(1));
const textList = v.array(text);

export const EpisodeSchema = v.object({
  number: positiveInt,
  title: text,
});

export const SeasonSchema = v.object({
  number: positiveInt,
  episodes: v.pipe(v.array(EpisodeSchema), v.minLength(1, 'expected at least one episode')),
});

export const CharacterSchema = v.object({
  /** Referenced from fact terms as "@id". */
  id: slug,
  name: text,
  nicknames: v.optional(textList, []),
  /** Spellings people really type (the fuzzy matcher catches small typos on top). */
  misspellings: v.optional(textList, []),
  actor: v.optional(text),
});

export const EntitySchema = v.object({
  /** Referenced from fact terms as "@id". */
  id: slug,
  name: text,
  kind: v.picklist(['place', 'object', 'organization', 'event', 'other']),
  aliases: v.optional(textList, []),
});

/**
 * One group of alternatives: any one of them satisfies the group. A term is a
 * word or a short phrase ("life support"), or "@id" for every name of a
 * character or entity (name, nicknames, misspellings, actor).
 */
export const TermGroupSchema = v.pipe(textList, v.minLength(1, 'expected at least one term'));

export const FactSchema = v.object({
  id: slug,
  season: positiveInt,
  /** The episode in which this becomes known: hidden until the user has watched it. */
  episode: positiveInt,
  /** Spoiler-free label for the UI, e.g. "Who pushed Cassie". */
  label: text,
  /** Every group must be matched within one sentence (or a small window). */
  all: v.pipe(v.array(TermGroupSchema), v.minLength(1, 'expected at least one term group')),
  /** Phrases that give the fact away on their own. */
  phrases: v.optional(textList, []),
  /**
   * How much page context the terms need: "self" when they are distinctive on
   * their own; "show" when they only count on a page that is about the show
   * (its title, an alias, a hashtag, or several of its characters).
   */
  context: v.optional(v.picklist(['self', 'show']), 'show'),
  /** Source notes, e.g. where recaps disagreed on the episode. */
  note: v.optional(v.string()),
});

export const PackSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id: slug,
  title: text,
  /** Other titles, hashtags (#TinyPrettyThings), abbreviations (TPT). */
  aliases: v.optional(textList, []),
  /** Terms shorter than 3 letters that are allowed anyway. */
  allowShortTerms: v.optional(textList, []),
  seasons: v.pipe(v.array(SeasonSchema), v.minLength(1, 'expected at least one season')),
  characters: v.optional(v.array(CharacterSchema), []),
  entities: v.optional(v.array(EntitySchema), []),
  facts: v.array(FactSchema),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackInput = v.InferInput<typeof PackSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Character = v.InferOutput<typeof CharacterSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Season = v.InferOutput<typeof SeasonSchema>;
