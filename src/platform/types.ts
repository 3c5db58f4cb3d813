/**
 * The seam over browser extension APIs. Everything On Record needs from `browser.*` goes through
 * this narrow interface: `browser.ts` implements it with webextension-polyfill (the only import
 * of it in the codebase), `fake.ts` implements it in memory for tests. Only the calls we use are
 * here, with the types we rely on, so a test twin stays small and honest.
 */

/** The parts of a message sender we look at (structurally a `runtime.MessageSender`). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: TabInfo;
}

export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
  incognito: boolean;
  active?: boolean;
  windowId?: number;
}

/**
 * A message listener. Return a Promise to reply; return `undefined` to let another listener
 * answer (the polyfill's convention).
 */
export type MessageListener = (
  message: unknown,
  sender: MessageSenderInfo,
) => Promise<unknown> | undefined;

export interface MenuItem {
  id: string;
  title: string;
  contexts: Array<'selection' | 'page' | 'action'>;
  documentUrlPatterns?: string[];
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** Unsubscribe function returned by every `on…` registration. */
export type Off = () => void;

export interface Platform {
  runtime: {
    /** This extension's id. */
    readonly id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage(listener: MessageListener): Off;
    onInstalled(listener: () => void): Off;
    onStartup(listener: () => void): Off;
  };
  tabs: {
    query(query: { active?: boolean; currentWindow?: boolean; url?: string[] }): Promise<TabInfo[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    create(options: { url: string }): Promise<void>;
    onRemoved(listener: (tabId: number) => void): Off;
    /** A tab's URL changed (navigation, or a same-document route change). */
    onUrlChanged(listener: (tabId: number, url: string) => void): Off;
  };
  scripting: {
    /**
     * Runs the extension's own script `files` in one frame of a tab (the isolated world its
     * content scripts share).
     */
    executeScript(details: { tabId: number; frameId: number; files: string[] }): Promise<void>;
  };
  action: {
    setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
    setTitle(details: { tabId?: number; title: string }): Promise<void>;
  };
  contextMenus: {
    removeAll(): Promise<void>;
    create(item: MenuItem): void;
    onClicked(listener: (info: MenuClick, tab: TabInfo | undefined) => void): Off;
  };
  commands: {
    onCommand(listener: (command: string, tab: TabInfo | undefined) => void): Off;
  };
  storage: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    /** Fires for changes to `storage.local`. */
    onChanged(listener: (changes: Record<string, { newValue?: unknown }>) => void): Off;
  };
  extension: {
    /** Whether the user allowed the extension in private/incognito windows. */
    isAllowedIncognitoAccess(): Promise<boolean>;
  };
}
