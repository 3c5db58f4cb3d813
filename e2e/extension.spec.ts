/** The built extension loads in Chromium: worker running, manifest as built, popup opens. */
import { test, expect } from './support/test.ts';

test('the service worker starts and the manifest is ours', async ({ extensionWorker }) => {
  expect(extensionWorker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  const manifest = await extensionWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.name).toBe('On Record');
  expect(manifest.manifest_version).toBe(3);
  const commands = await extensionWorker.evaluate(() => chrome.commands.getAll());
  expect(commands).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'save-selection', shortcut: 'Alt+Shift+S' })]),
  );
});

test('the worker answers a validated message and refuses a malformed one', async ({
  extensionId,
  context,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const replies = await page.evaluate(async () => [
    await chrome.runtime.sendMessage({ type: 'settings/get' }),
    await chrome.runtime.sendMessage({ type: 'people/card', personId: 'x' }),
    await chrome.runtime.sendMessage({ type: 'nope' }),
  ]);
  expect(replies[0]).toEqual({
    ok: true,
    value: { paused: false, storeInPrivate: false, disabledSites: [] },
  });
  expect(replies[1]).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  expect(replies[2]).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
});
