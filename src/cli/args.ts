import { parseArgs } from 'node:util';
import { type EpisodeRef, parseEpisode } from '../core/episode';
import type { Sensitivity } from '../core/match/types';

export const USAGE = `Usage: npm run --silent check -- --show <pack-id> --watched <N|SxEy> [options] FILE...

Checks pages against a show pack and reports the passages Spoiler Shield would hide.

  --show ID            the show (pack id), e.g. tiny-pretty-things
  --watched N|SxEy     the last episode watched: 0 = not started, 7 or S1E7
  --pack FILE.json     also load this pack (to test a pack you are writing)
  --sensitivity LEVEL  strict | balanced | broad (default balanced)
  --json               machine-readable output, one JSON object per file
  --html-out DIR       write each HTML file as the content script would leave it
  --jsonl FILE         every line {"id": "...", "text": "..."} is its own document;
                       prints {"id","hidden","episode","facts"} per line
  FILE...              .html, .htm or .txt files`;

export interface CheckArgs {
  show: string;
  watched: EpisodeRef;
  packFiles: string[];
  sensitivity: Sensitivity;
  json: boolean;
  htmlOut: string | null;
  jsonl: string | null;
  files: string[];
}

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];
const FILE_TYPES = /\.(html?|txt)$/i;

export function parseCheckArgs(argv: string[]): CheckArgs {
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (!values.show)
    throw new UsageError('--show: missing; name the show pack, e.g. --show tiny-pretty-things');
  if (values.watched === undefined)
    throw new UsageError('--watched: missing; e.g. --watched 0 (not started) or --watched S1E7');
  const watched = parseEpisode(values.watched);
  if (!watched)
    throw new UsageError(`--watched: expected an episode number or SxEy, got "${values.watched}"`);
  const sensitivity = (values.sensitivity ?? 'balanced') as Sensitivity;
  if (!SENSITIVITIES.includes(sensitivity)) {
    throw new UsageError(
      `--sensitivity: expected strict, balanced or broad, got "${values.sensitivity}"`,
    );
  }
  if (!values.jsonl && positionals.length === 0)
    throw new UsageError('no input: give FILE... or --jsonl FILE');
  for (const file of positionals) {
    if (!FILE_TYPES.test(file))
      throw new UsageError(`${file}: expected a .html, .htm or .txt file`);
  }
  if (values['html-out'] && !positionals.some((f) => /\.html?$/i.test(f))) {
    throw new UsageError('--html-out: no HTML file among the inputs');
  }
  return {
    show: values.show,
    watched,
    packFiles: values.pack ?? [],
    sensitivity,
    json: values.json ?? false,
    htmlOut: values['html-out'] ?? null,
    jsonl: values.jsonl ?? null,
    files: positionals,
  };
}

function parseRaw(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      show: { type: 'string' },
      watched: { type: 'string' },
      pack: { type: 'string', multiple: true },
      sensitivity: { type: 'string' },
      json: { type: 'boolean' },
      'html-out': { type: 'string' },
      jsonl: { type: 'string' },
    },
  });
}
