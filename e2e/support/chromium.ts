/**
 * Launching Chromium with the built extension, as BROWSER-TESTING.md says works here:
 * a persistent context, `--disable-extensions-except` + `--load-extension` (Playwright disables
 * extensions otherwise), headless, and the real binary rather than Debian's wrapper script.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The built extension: `dist/`, or ONRECORD_DIST (e.g. a build made with ONRECORD_OUT_DIR). */
export const DIST = resolve(ROOT, process.env.ONRECORD_DIST ?? process.env.ONRECORD_OUT_DIR ?? 'dist');

/**
 * `ONRECORD_CHROMIUM` when set (a path that does not exist is an error, never a silent switch to
 * another browser), else Debian's binary, else its wrapper.
 */
export function chromiumPath(): string {
  const chosen = process.env.ONRECORD_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`ONRECORD_CHROMIUM is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  for (const c of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(c)) return c;
  throw new Error('No Chromium found: install Debian\'s chromium, or set ONRECORD_CHROMIUM to a Chromium binary.');
}

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(
  userDataDir: string,
  options: LaunchOptions = {},
): Promise<BrowserContext> {
  if (!existsSync(resolve(DIST, 'manifest.json'))) {
    throw new Error('dist/ has no manifest.json: run `npm run build` first.');
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
}

/** The extension's service worker (waits for it on a fresh profile). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export function extensionIdOf(worker: Worker): string {
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`unexpected worker URL ${worker.url()}`);
  return id;
}
