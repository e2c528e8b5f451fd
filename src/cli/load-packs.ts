import { readFileSync } from 'node:fs';
import { BUILTIN_PACKS } from '../core/pack/builtin/index';
import type { Pack } from '../core/pack/schema';
import { validatePack } from '../core/pack/validate';
import { UsageError } from './args';
import { InputError } from './jsonl';

/** The built-in packs plus any --pack files, each validated with the same rules as an import. */
export function loadPacks(packFiles: string[]): Pack[] {
  const packs = [...BUILTIN_PACKS];
  for (const file of packFiles) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError(`${file}: ${error instanceof Error ? error.message : error}`);
    }
    const result = validatePack(json);
    if (!result.ok) {
      throw new InputError(
        `${file}: not a valid pack:\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
      );
    }
    for (const warning of result.warnings) console.error(`${file}: warning: ${warning}`);
    packs.push(result.pack);
  }
  return packs;
}

export function findShow(packs: Pack[], id: string): Pack {
  const pack = packs.find((p) => p.id === id);
  if (!pack) {
    throw new UsageError(`--show: no pack "${id}"; known: ${packs.map((p) => p.id).join(', ')}`);
  }
  return pack;
}
