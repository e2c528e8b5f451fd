import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/lib/find-chromium';
import { buildPrivateCopy } from './build-copy';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    extensionDir: string;
  }
}

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
  const { dir: copy } = buildPrivateCopy('chrome');
  project.provide('chromiumPath', chromiumPath);
  project.provide('extensionDir', copy);
  return () => rmSync(copy, { recursive: true, force: true });
}
