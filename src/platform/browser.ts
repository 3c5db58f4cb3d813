/**
 * The real platform: webextension-polyfill's `browser` behind the `Platform` interface. This is
 * the ONLY file that imports webextension-polyfill; entry points in extension/ import
 * `browserPlatform` and pass it down, tests pass `createFakePlatform()` instead.
 */
import browser from 'webextension-polyfill';
import type { Runtime, Tabs } from 'webextension-polyfill';
import type { MessageSenderInfo, Off, Platform, TabInfo } from './types.ts';

function tabInfo(tab: Tabs.Tab | undefined): TabInfo | undefined {
  if (!tab) return undefined;
  return {
    ...(tab.id === undefined ? {} : { id: tab.id }),
    ...(tab.url === undefined ? {} : { url: tab.url }),
    ...(tab.title === undefined ? {} : { title: tab.title }),
    incognito: tab.incognito,
    active: tab.active,
    windowId: tab.windowId ?? -1,
  };
}

function senderInfo(sender: Runtime.MessageSender): MessageSenderInfo {
  const tab = tabInfo(sender.tab);
  return {
    ...(sender.id === undefined ? {} : { id: sender.id }),
    ...(sender.url === undefined ? {} : { url: sender.url }),
    ...(sender.frameId === undefined ? {} : { frameId: sender.frameId }),
    ...(tab === undefined ? {} : { tab }),
  };
}

/** Adds a listener to a browser event and returns its remover. */
function on<L>(event: { addListener(l: L): void; removeListener(l: L): void }, listener: L): Off {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

export const browserPlatform: Platform = {
  runtime: {
    get id() {
      return browser.runtime.id;
    },
    getURL: (path) => browser.runtime.getURL(path),
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onMessage: (listener) =>
      on(browser.runtime.onMessage, (message: unknown, sender: Runtime.MessageSender) =>
        listener(message, senderInfo(sender)),
      ),
    onInstalled: (listener) => on(browser.runtime.onInstalled, () => listener()),
    onStartup: (listener) => on(browser.runtime.onStartup, () => listener()),
  },
  tabs: {
    query: async (query) => {
      const tabs = await browser.tabs.query(query);
      return tabs.map((t) => tabInfo(t)).filter((t): t is TabInfo => t !== undefined);
    },
    sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
    create: async (options) => {
      await browser.tabs.create(options);
    },
    onRemoved: (listener) => on(browser.tabs.onRemoved, (tabId: number) => listener(tabId)),
    onUrlChanged: (listener) =>
      on(browser.tabs.onUpdated, (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
        if (change.url !== undefined) listener(tabId, change.url);
      }),
  },
  scripting: {
    executeScript: async ({ tabId, frameId, files }) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
    },
  },
  action: {
    setBadgeText: (details) => browser.action.setBadgeText(details),
    setBadgeBackgroundColor: (details) => browser.action.setBadgeBackgroundColor(details),
    setTitle: (details) => browser.action.setTitle(details),
  },
  contextMenus: {
    removeAll: () => browser.contextMenus.removeAll(),
    create: (item) => {
      browser.contextMenus.create(item);
    },
    onClicked: (listener) =>
      on(browser.contextMenus.onClicked, (info, tab) =>
        listener(
          {
            menuItemId: info.menuItemId,
            ...(info.selectionText === undefined ? {} : { selectionText: info.selectionText }),
          },
          tabInfo(tab),
        ),
      ),
  },
  commands: {
    onCommand: (listener) =>
      on(browser.commands.onCommand, (command: string, tab: Tabs.Tab | undefined) =>
        listener(command, tabInfo(tab)),
      ),
  },
  storage: {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    onChanged: (listener) =>
      on(browser.storage.local.onChanged, (changes: Record<string, { newValue?: unknown }>) =>
        listener(changes),
      ),
  },
  extension: {
    isAllowedIncognitoAccess: () => browser.extension.isAllowedIncognitoAccess(),
  },
};
