import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { inject } from 'vitest';
import { launchWithExtension, type StorageArea, workerStorage } from '../../scripts/lib/launch';
import { type FixtureServer, startFixtureServer } from './server';

export type { StorageArea, WorkerChrome } from '../../scripts/lib/launch';

export interface Rig {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  /** Opens a served page (`'thread.html'` means `/pages/thread.html`) and waits for load. */
  openPage(path: string): Promise<Page>;
  /** Opens the popup as a tab: chrome-extension://<id>/popup.html. */
  popupPage(): Promise<Page>;
  optionsPage(): Promise<Page>;
  setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  getStorage(area: StorageArea, keys: string[] | null): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** Chromium with the freshly built extension, and a fixture server on 127.0.0.1. */
export async function startRig(): Promise<Rig> {
  const server = await startFixtureServer(join(import.meta.dirname, 'pages'));
  const launched = await launchWithExtension({
    executablePath: inject('chromiumPath'),
    extensionDir: inject('extensionDir'),
    headless: process.env.SPOILER_SHIELD_HEADED !== '1',
  });
  const { context, extensionId, serviceWorker } = launched;
  const storage = workerStorage(serviceWorker);
  const extensionPage = async (file: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    popupPage: () => extensionPage('popup.html'),
    optionsPage: () => extensionPage('options.html'),
    setStorage: storage.set,
    getStorage: storage.get,
    async close() {
      await launched.close();
      await server.close();
    },
  };
}
