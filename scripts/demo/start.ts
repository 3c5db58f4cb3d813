/**
 * The demo (`npm start`):
 * 1. builds the extension (the same `vite build`),
 * 2. serves e2e/fixtures on http://127.0.0.1:8127 (the next free port if taken),
 * 3. opens Chromium with the extension and a fresh demo profile (artifacts/demo-profile), reads
 *    the older demo articles first so the store holds earlier statements, and ends on the
 *    newest one, where hovering an official shows what they said before.
 * With a display the browser stays open until Ctrl+C. Without one (no $DISPLAY) it runs
 * headless, writes screenshots to artifacts/screenshots/ and exits.
 * Environment: ONRECORD_CHROMIUM (browser binary), ONRECORD_HEADLESS=1 (force headless).
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createBuilder } from 'vite';
import { extensionIdOf, extensionWorker, launchWithExtension, ROOT } from '../../e2e/support/chromium.ts';
import { DEMO_ARTICLES, NEWEST } from '../../e2e/support/demo.ts';
import { tabIdFor, waitForStoredArticle } from '../../e2e/support/page-state.ts';
import { startServer, type StaticServer } from '../../e2e/support/server.ts';
import { takeScreenshots } from './screenshots.ts';

const PORT = 8127;
const PROFILE = resolve(ROOT, 'artifacts', 'demo-profile');
const SCREENSHOTS = resolve(ROOT, 'artifacts', 'screenshots');

async function serve(): Promise<StaticServer> {
  for (let port = PORT; port < PORT + 20; port++) {
    try {
      return await startServer(resolve(ROOT, 'e2e', 'fixtures'), port);
    } catch {
      // Port taken: try the next one.
    }
  }
  return startServer(resolve(ROOT, 'e2e', 'fixtures'), 0);
}

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY || process.env.ONRECORD_HEADLESS === '1';
  console.log('On Record demo: building the extension…');
  const builder = await createBuilder({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await builder.buildApp();

  const server = await serve();
  console.log(`Serving the demo articles at ${server.url}/demo/`);
  await rm(PROFILE, { recursive: true, force: true });
  const context = await launchWithExtension(PROFILE, { headless, viewport: headless ? undefined : null });
  const worker = await extensionWorker(context);
  const extensionId = extensionIdOf(worker);
  const page = context.pages()[0] ?? (await context.newPage());

  for (const article of DEMO_ARTICLES) {
    const url = `${server.url}/${article.path}`;
    await page.goto(url);
    const state = await waitForStoredArticle(worker, await tabIdFor(worker, url));
    const found = state ? `${state.officials.filter((o) => o.title).length} officials, ${state.claims.length} claims` : 'NOT analysed (timed out)';
    console.log(`  read ${article.publishedAt}  ${article.title}  → ${found}`);
  }
  const tabId = await tabIdFor(worker, `${server.url}/${NEWEST.path}`);

  if (headless) {
    const files = await takeScreenshots(context, page, extensionId, tabId, SCREENSHOTS);
    console.log(`Screenshots written to ${SCREENSHOTS}:`);
    for (const f of files) console.log(`  ${f}`);
    await context.close();
    await server.close();
    return;
  }
  console.log(`\nChromium is open on the newest article. Hover a highlighted name to see earlier statements;`);
  console.log(`the toolbar button opens the popup (or visit chrome-extension://${extensionId}/popup.html?tab=${tabId}).`);
  console.log('Press Ctrl+C to quit.');
  const stop = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  context.once('close', () => void server.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
