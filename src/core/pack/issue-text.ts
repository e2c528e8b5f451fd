import type * as v from 'valibot';
import { SCHEMA_VERSION } from './schema';

/**
 * Turns valibot issues into messages a pack author can act on:
 * `facts[12].episode: expected a number but got "7"`. Paths are written the
 * way the JSON reads (`facts[12].all[0][1]`), with an optional prefix so the
 * pack library can say `packs[0].facts[3].episode`.
 */

export type PathKey = string | number;

export function formatPath(prefix: string, keys: readonly PathKey[]): string {
  let out = prefix;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}

/** `"7"`, `7`, `null`, `an array`: how a received value is named in a message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  array: 'an array',
  number: 'a number',
  object: 'an object',
  string: 'a string',
};

function expectedText(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'picklist') {
    return `one of ${(issue.expected ?? '').replace(/[()]/g, '').split(' | ').join(', ')}`;
  }
  if (issue.type === 'literal') return String(issue.expected);
  return TYPE_NAMES[issue.type] ?? String(issue.expected);
}

/** Messages set in schema.ts are already written for people; valibot's defaults start "Invalid". */
function isCustom(issue: v.BaseIssue<unknown>): boolean {
  return !issue.message.startsWith('Invalid ');
}

function issueText(issue: v.BaseIssue<unknown>, keys: readonly PathKey[]): string {
  const got = describeValue(issue.input);
  const last = issue.path?.at(-1);
  const isVersion = keys.length === 1 && keys[0] === 'schemaVersion';
  if (issue.input === undefined && last && 'origin' in last && last.origin === 'key') {
    return isVersion
      ? `required but missing (add "schemaVersion": ${SCHEMA_VERSION})`
      : 'required but missing';
  }
  if (isVersion) {
    return `expected ${SCHEMA_VERSION}, got ${got} (this version of Spoiler Shield reads version ${SCHEMA_VERSION} packs)`;
  }
  if (issue.kind === 'schema') return `expected ${expectedText(issue)} but got ${got}`;
  switch (issue.type) {
    case 'regex':
      return `${issue.message} but got ${got}`;
    case 'integer':
      return `expected a whole number but got ${got}`;
    case 'min_value':
      return `expected ${String(issue.requirement)} or more but got ${got}`;
    default:
      return isCustom(issue) ? issue.message : `expected ${issue.expected} but got ${got}`;
  }
}

export function issueMessage(issue: v.BaseIssue<unknown>, prefix: string): string {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return `${formatPath(prefix, keys)}: ${issueText(issue, keys)}`;
}
