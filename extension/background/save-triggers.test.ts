import { describe, expect, it } from 'vitest';
import { createTabClient } from '../../src/messaging/client.ts';
import type { Result, SavedRef } from '../../src/messaging/contract.ts';
import { createFakePlatform } from '../../src/platform/fake.ts';
import { createMenus, MENU_ID, registerSaveTriggers, SAVE_COMMAND } from './save-triggers.ts';

function setUp() {
  const platform = createFakePlatform();
  platform.answerTab = async () => ({ ok: true, value: { itemId: 5, duplicate: false } });
  const done: Array<[number, Result<SavedRef>]> = [];
  const tabs = createTabClient((id, m) => platform.tabs.sendMessage(id, m));
  registerSaveTriggers(platform, tabs, (id, r) => done.push([id, r]));
  return { platform, done };
}

const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe('save triggers', () => {
  it('creates one "Save to On Record" item for selections, idempotently', async () => {
    const platform = createFakePlatform();
    await createMenus(platform);
    await createMenus(platform);
    expect(platform.log.menus).toEqual([
      expect.objectContaining({ id: MENU_ID, title: 'Save to On Record', contexts: ['selection'] }),
    ]);
  });

  it('the menu click asks the tab to save its selection', async () => {
    const { platform, done } = setUp();
    platform.clickMenu({ menuItemId: MENU_ID, selectionText: 'x' }, { id: 3, incognito: false });
    platform.clickMenu({ menuItemId: 'other' }, { id: 3, incognito: false });
    await flush();
    expect(platform.log.tabMessages).toEqual([{ tabId: 3, message: { type: 'collection/save-selection' } }]);
    expect(done).toEqual([[3, { ok: true, value: { itemId: 5, duplicate: false } }]]);
  });

  it('the keyboard command saves in the given tab, or the active one', async () => {
    const { platform } = setUp();
    platform.tabs.list.push({ id: 9, active: true, incognito: false });
    platform.command(SAVE_COMMAND, { id: 4, incognito: false });
    platform.command(SAVE_COMMAND, undefined);
    platform.command('something-else', { id: 4, incognito: false });
    await flush();
    await flush();
    expect(platform.log.tabMessages.map((m) => m.tabId)).toEqual([4, 9]);
  });
});
