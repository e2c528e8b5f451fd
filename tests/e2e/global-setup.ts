import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/lib/find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    extensionDir: string;
  }
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the Chrome MV3 extension once per run and hands the tests a private copy,
 * so a rebuild elsewhere cannot swap files under a running browser.
 * A missing Chromium fails the run: browser tests never skip silently.
 */
export default function setup(project: TestProject): () => void {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(`Browser tests need Chromium. ${HOW_TO_GET_CHROMIUM}`);
  }
  const built = join(root, '.output/chrome-mv3');
  if (process.env.SPOILER_SHIELD_SKIP_BUILD !== '1' || !existsSync(join(built, 'manifest.json'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const copy = mkdtempSync(join(tmpdir(), 'spoiler-shield-ext-'));
  cpSync(built, copy, { recursive: true });
  project.provide('chromiumPath', chromiumPath);
  project.provide('extensionDir', copy);
  return () => rmSync(copy, { recursive: true, force: true });
}
