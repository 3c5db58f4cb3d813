/**
 * The background worker (MV3 service worker in Chromium, background script in Firefox): opens
 * the store, registers the validating message router, the save triggers (context menu and
 * keyboard shortcut) and keeps the badge. Every listener is registered synchronously at the top
 * level, as MV3 requires for a worker woken by an event.
 */
import { createTabClient } from '../src/messaging/client.ts';
import { createWorkerRouter, type SenderContext, type WorkerHandlers } from '../src/messaging/router.ts';
import { browserPlatform as platform } from '../src/platform/browser.ts';
import { openDb, purgeDeleted, type OnRecordDb } from '../src/store/index.ts';
import { showPaused } from './background/badge.ts';
import { resetBadgeOnNavigation } from './background/badge-reset.ts';
import { createCoreHandlers } from './background/core-handlers.ts';
import { createMenus, registerSaveTriggers } from './background/save-triggers.ts';
import { createSettingsStore } from './background/settings.ts';
import { createStoreHandlers } from './background/store-handlers.ts';

let db: Promise<OnRecordDb> | null = null;
/** Opens the database on first use; a failed open is retried on the next message. */
function getDb(): Promise<OnRecordDb> {
  db ??= openDb().catch((e: unknown) => {
    db = null;
    throw e;
  });
  return db;
}

const settings = createSettingsStore(platform);
const tabs = createTabClient((tabId, message) => platform.tabs.sendMessage(tabId, message));

/** Private windows store nothing unless the user opted in; that includes saving. */
const maySave = async (sender: SenderContext | undefined): Promise<boolean> =>
  !(sender?.kind === 'content' && sender.incognito) || (await settings.get()).storeInPrivate;

const handlers: WorkerHandlers = {
  ...createStoreHandlers(getDb, { maySave }),
  ...createCoreHandlers({ platform, getDb, settings }),
};

const route = createWorkerRouter(handlers, {
  extensionId: platform.runtime.id,
  extensionOrigin: platform.runtime.getURL(''),
});

platform.runtime.onMessage((message, sender) => route(message, sender));

registerSaveTriggers(platform, tabs, (tabId, result) => {
  if (!result.ok) console.warn(`On Record: could not save the selection in tab ${tabId}:`, result.error.message);
});

resetBadgeOnNavigation(platform);

/** Deleted items stay restorable ("Undo") for this long, then are removed for good. */
const UNDO_DAYS = 30;

const setUp = async (): Promise<void> => {
  await createMenus(platform);
  await showPaused(platform, (await settings.get()).paused);
  const before = new Date(Date.now() - UNDO_DAYS * 24 * 3600 * 1000).toISOString();
  await purgeDeleted(await getDb(), before).catch(() => undefined);
};
platform.runtime.onInstalled(() => void setUp());
platform.runtime.onStartup(() => void setUp());
