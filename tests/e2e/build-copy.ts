import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

const TARGETS = {
  chrome: { output: '.output/chrome-mv3', args: ['build'] },
  firefox: { output: '.output/firefox-mv2', args: ['build', '-b', 'firefox'] },
} as const;

/**
 * Builds the extension for `browser` and returns a private copy of the build in a temporary
 * directory, so another build (a parallel test run, a developer) cannot swap files under a
 * running browser. SPOILER_SHIELD_SKIP_BUILD=1 reuses an existing build. The caller removes
 * the copy.
 */
export function buildPrivateCopy(browser: keyof typeof TARGETS): {
  dir: string;
  built: string;
} {
  const { output, args } = TARGETS[browser];
  const built = join(root, output);
  if (process.env.SPOILER_SHIELD_SKIP_BUILD !== '1' || !existsSync(join(built, 'manifest.json'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const dir = mkdtempSync(join(tmpdir(), `spoiler-shield-${browser}-ext-`));
  cpSync(built, dir, { recursive: true });
  return { dir, built };
}
