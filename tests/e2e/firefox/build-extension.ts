import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildPrivateCopy } from '../build-copy';

export interface BuiltExtension {
  /** A private copy of .output/firefox-mv2. */
  dir: string;
  /** browser_specific_settings.gecko.id from the built manifest. */
  geckoId: string;
  remove(): void;
}

/** Builds the Firefox MV2 extension (a few seconds) into a private copy, with its gecko id. */
export function buildFirefoxExtension(): BuiltExtension {
  const { dir, built } = buildPrivateCopy('firefox');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof geckoId !== 'string') {
    remove();
    throw new Error(`${join(built, 'manifest.json')}: expected browser_specific_settings.gecko.id`);
  }
  return { dir, geckoId, remove };
}
