/**
 * Measures the engine on the labelled corpus:
 *   node --import tsx scripts/eval.ts [--file PATH ...] [--sensitivity strict|balanced|broad] [--limit N]
 * With no --file, evaluates the development set and the held-out set, separately.
 */
import { resolve } from 'node:path';
import { formatReport } from '../src/core/eval/report';
import { compileMatcher } from '../src/core/match/index';
import type { Sensitivity } from '../src/core/match/types';
import { BUILTIN_PACKS } from '../src/core/pack/builtin/index';
import { evaluatePassages, findShowPack, loadPassages } from './eval-lib';

const root = resolve(import.meta.dirname, '..');
const DEFAULT_FILES = ['tests/fixtures/corpus.jsonl', 'tests/fixtures/heldout.jsonl'];
const SENSITIVITIES: Sensitivity[] = ['strict', 'balanced', 'broad'];

function usage(message: string): never {
  console.error(`eval: ${message}`);
  console.error(
    'usage: node --import tsx scripts/eval.ts [--file PATH ...] [--sensitivity strict|balanced|broad] [--limit N]',
  );
  process.exit(2);
}

const files: string[] = [];
let sensitivity: Sensitivity | undefined;
let limit = 15;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = args[i + 1];
  if (arg === '--file') {
    if (!value) usage('--file needs a path');
    files.push(value);
    i++;
  } else if (arg === '--sensitivity') {
    if (!SENSITIVITIES.includes(value as Sensitivity))
      usage(`--sensitivity expects ${SENSITIVITIES.join('|')}`);
    sensitivity = value as Sensitivity;
    i++;
  } else if (arg === '--limit') {
    limit = Number(value);
    if (!Number.isInteger(limit) || limit < 0) usage('--limit expects a whole number');
    i++;
  } else usage(`unknown argument "${arg}"`);
}

// Given paths are the user's (relative to where they stand); defaults are the project's.
const targets =
  files.length > 0 ? files.map((f) => resolve(f)) : DEFAULT_FILES.map((f) => resolve(root, f));
for (const file of targets) {
  let passages: ReturnType<typeof loadPassages>;
  try {
    passages = loadPassages(file);
  } catch (err) {
    usage((err as Error).message);
  }
  const metrics = evaluatePassages(
    passages,
    compileMatcher,
    findShowPack(BUILTIN_PACKS),
    sensitivity ? { sensitivity } : undefined,
  );
  console.log(formatReport(file, passages.length, metrics, limit));
  console.log();
}
