import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

/**
 * Flags that let Chromium run headless here: without the background-networking
 * group it keeps dialing Google's hosts on a machine with no network and stalls.
 */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-default-apps',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export type StorageArea = 'local' | 'sync';

/** The slice of the `chrome` global that code evaluated inside the service worker uses. */
export interface WorkerChrome {
  storage: Record<
    StorageArea,
    {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string[] | null): Promise<Record<string, unknown>>;
    }
  >;
  runtime: { getManifest(): { manifest_version: number; [key: string]: unknown } };
}
declare const chrome: WorkerChrome;

/** Reads and writes extension storage from the service worker, as the extension's pages do. */
export function workerStorage(worker: Worker) {
  return {
    set: (area: StorageArea, items: Record<string, unknown>) =>
      worker.evaluate(([a, i]) => chrome.storage[a].set(i), [area, items] as const),
    get: (area: StorageArea, keys: string[] | null) =>
      worker.evaluate(([a, k]) => chrome.storage[a].get(k), [area, keys] as const),
  };
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a throwaway profile. */
export async function launchWithExtension(opts: {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  viewport?: { width: number; height: number };
}): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'spoiler-shield-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath,
    headless: opts.headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(opts.extensionDir, opts.headless),
    viewport: opts.viewport ?? { width: 1100, height: 900 },
  });
  // The extension id is the host of its service worker's URL; if the worker never
  // appears the extension did not load, and that must fail loudly.
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
