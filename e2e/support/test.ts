/**
 * The Playwright fixture every e2e spec uses: a static server for e2e/fixtures (one per worker),
 * and per test a fresh Chromium profile with the built extension loaded. Specs import
 * `{ test, expect }` from here instead of from '@playwright/test'.
 *
 *   test('…', async ({ page, fixtureUrl, extensionId, openPopup }) => { … });
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionIdOf, extensionWorker, launchWithExtension, ROOT } from './chromium.ts';
import { tabIdFor } from './page-state.ts';
import { startServer, type StaticServer } from './server.ts';

export const FIXTURES = resolve(ROOT, 'e2e', 'fixtures');

interface TestFixtures {
  context: BrowserContext;
  page: Page;
  /** The extension's background service worker. */
  extensionWorker: Worker;
  extensionId: string;
  /** Absolute URL of a file under e2e/fixtures, e.g. `fixtureUrl('demo/index.html')`. */
  fixtureUrl: (path: string) => string;
  /** The browser's tab id of a page (content scripts and the popup address tabs by id). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens the popup in its own tab, pointed at `target`'s tab (as if opened over it). */
  openPopup: (target?: Page) => Promise<Page>;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer(FIXTURES);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-e2e-'));
    const context = await launchWithExtension(dir);
    await use(context);
    await context.close();
    await rm(dir, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  extensionWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ extensionWorker }, use) => {
    await use(extensionIdOf(extensionWorker));
  },
  fixtureUrl: async ({ server }, use) => {
    await use((path) => `${server.url}/${path.replace(/^\//, '')}`);
  },
  tabIdOf: async ({ extensionWorker }, use) => {
    await use((page) => tabIdFor(extensionWorker, page.url()));
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (target) => {
      const query = target ? `?tab=${await tabIdOf(target)}` : '';
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return popup;
    });
  },
});

export { expect };
