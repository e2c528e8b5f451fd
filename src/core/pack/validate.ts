import * as v from 'valibot';
import { describeValue, formatPath, issueMessage, type PathKey } from './issue-text';
import { checkFactEpisodes, checkSeasons, type Report } from './rules-episodes';
import { checkIds } from './rules-ids';
import { checkTerms } from './rules-terms';
import { checkWarnings } from './rules-warnings';
import { type Pack, PackSchema } from './schema';

export type PackValidation =
  | { ok: true; pack: Pack; warnings: string[] }
  | { ok: false; errors: string[] };

/**
 * Validates a parsed pack (JSON.parse output) and lists EVERY problem, shape
 * first, then cross-field rules, each as `path: what is wrong`. `path` prefixes
 * every message, e.g. "packs[0]" gives `packs[0].facts[3].episode: ...`.
 * The returned pack has defaults filled in, strings trimmed and no `$schema`.
 */
export function validatePack(input: unknown, path = ''): PackValidation {
  const errors: string[] = [];
  const warnings: string[] = [];
  const at =
    (into: string[]): Report =>
    (keys: PathKey[], message: string) =>
      into.push(`${formatPath(path, keys)}: ${message}`);

  // valibot's object schema takes an array for an object with missing keys; say what it is.
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      errors: [`${formatPath(path, [])}: expected an object but got ${describeValue(input)}`],
    };
  }
  const parsed = v.safeParse(PackSchema, input, { abortEarly: false });
  if (!parsed.success) errors.push(...parsed.issues.map((issue) => issueMessage(issue, path)));
  const report = at(errors);
  const seasons = checkSeasons(input, report);
  checkFactEpisodes(input, seasons, report);
  checkTerms(input, checkIds(input, report), report);
  checkWarnings(input, at(warnings));
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const { $schema: _editorsOnly, ...pack } = parsed.output;
  return { ok: true, pack, warnings };
}
