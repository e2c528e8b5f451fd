import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuiltExtension {
  /** A private copy of .output/firefox-mv2. */
  dir: string;
  /** browser_specific_settings.gecko.id from the built manifest. */
  geckoId: string;
  remove(): void;
}

const root = resolve(import.meta.dirname, '../../..');

/**
 * Builds the Firefox MV2 extension (a few seconds) and copies it to a temporary directory,
 * as tests/e2e/global-setup.ts does for Chrome, so another build cannot swap files under a
 * running browser. SPOILER_SHIELD_SKIP_BUILD=1 reuses an existing build.
 */
export function buildFirefoxExtension(): BuiltExtension {
  const built = join(root, '.output/firefox-mv2');
  if (process.env.SPOILER_SHIELD_SKIP_BUILD !== '1' || !existsSync(join(built, 'manifest.json'))) {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'spoiler-shield-firefox-ext-'));
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof geckoId !== 'string') {
    throw new Error(`${join(built, 'manifest.json')}: expected browser_specific_settings.gecko.id`);
  }
  return { dir, geckoId, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
