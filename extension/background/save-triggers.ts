/**
 * The two ways to save a selection without opening anything: the context menu item
 * "Save to On Record" and the `save-selection` keyboard command (changeable in the browser's
 * shortcut settings). Both ask the tab's content script to save, because only it holds the
 * page text needed for the quote's prefix/suffix and position.
 */
import type { TabClient } from '../../src/messaging/client.ts';
import type { Result, SavedRef } from '../../src/messaging/contract.ts';
import type { Platform, TabInfo } from '../../src/platform/types.ts';

export const MENU_ID = 'onrecord-save-selection';
export const SAVE_COMMAND = 'save-selection';

/** Context menus persist across worker restarts; recreate them on install/startup only. */
export async function createMenus(platform: Platform): Promise<void> {
  await platform.contextMenus.removeAll();
  platform.contextMenus.create({
    id: MENU_ID,
    title: 'Save to On Record',
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export type SaveOutcome = (tabId: number, result: Result<SavedRef>) => void;

/** Wires the menu click and the command to `collection/save-selection` in the tab. */
export function registerSaveTriggers(platform: Platform, tabs: TabClient, onDone: SaveOutcome): void {
  const save = async (tab: TabInfo | undefined): Promise<void> => {
    if (tab?.id === undefined) return;
    const result = await tabs.request(tab.id, { type: 'collection/save-selection' });
    onDone(tab.id, result);
  };
  platform.contextMenus.onClicked((info, tab) => {
    if (info.menuItemId === MENU_ID) void save(tab);
  });
  platform.commands.onCommand(async (command, tab) => {
    if (command !== SAVE_COMMAND) return;
    // Firefox passes the tab; older Chromium may not: fall back to the active tab.
    const target = tab ?? (await platform.tabs.query({ active: true, currentWindow: true }))[0];
    void save(target);
  });
}
