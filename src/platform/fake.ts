/**
 * The test twin of the platform: an in-memory `Platform` that records what the code under test
 * did (badges set, menus created, messages sent to tabs) and lets the test fire browser events
 * (a message arriving, a menu click, a command). No browser, no polyfill.
 */
import type {
  MenuClick,
  MenuItem,
  MessageListener,
  MessageSenderInfo,
  Off,
  Platform,
  TabInfo,
} from './types.ts';

type Listener<A extends unknown[]> = (...args: A) => void;

class Emitter<A extends unknown[]> {
  readonly listeners = new Set<Listener<A>>();
  add(l: Listener<A>): Off {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  emit(...args: A): void {
    for (const l of this.listeners) l(...args);
  }
}

export interface FakePlatform extends Platform {
  /** What happened, for assertions. */
  readonly log: {
    badges: Map<number | 'global', string>;
    badgeColors: Map<number | 'global', string>;
    menus: MenuItem[];
    tabMessages: Array<{ tabId: number; message: unknown }>;
    /** Scripts run by `scripting.executeScript`, in order. */
    injected: Array<{ tabId: number; frameId: number; files: string[] }>;
    opened: string[];
  };
  readonly store: Map<string, unknown>;
  tabs: Platform['tabs'] & { list: TabInfo[] };
  /** Delivers a message to the registered onMessage listeners; resolves with the first reply. */
  deliver(message: unknown, sender: MessageSenderInfo): Promise<unknown>;
  /** How the fake answers `tabs.sendMessage` (default: no receiver). */
  answerTab: (tabId: number, message: unknown) => Promise<unknown>;
  /** Fires a context-menu click / keyboard command / install event. */
  clickMenu(info: MenuClick, tab: TabInfo | undefined): void;
  command(name: string, tab: TabInfo | undefined): void;
  navigate(tabId: number, url: string): void;
  install(): void;
  incognitoAllowed: boolean;
}

export const FAKE_ID = 'fake-extension-id';
export const FAKE_ORIGIN = `chrome-extension://${FAKE_ID}/`;

export function createFakePlatform(): FakePlatform {
  const messageListeners = new Set<MessageListener>();
  const installed = new Emitter<[]>();
  const startup = new Emitter<[]>();
  const removed = new Emitter<[number]>();
  const urlChanged = new Emitter<[number, string]>();
  const clicked = new Emitter<[MenuClick, TabInfo | undefined]>();
  const commands = new Emitter<[string, TabInfo | undefined]>();
  const changed = new Emitter<[Record<string, { newValue?: unknown }>]>();
  const store = new Map<string, unknown>();
  const log: FakePlatform['log'] = {
    badges: new Map(),
    badgeColors: new Map(),
    menus: [],
    tabMessages: [],
    injected: [],
    opened: [],
  };

  const fake: FakePlatform = {
    log,
    store,
    incognitoAllowed: false,
    answerTab: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    async deliver(message, sender) {
      for (const l of messageListeners) {
        const reply = l(message, sender);
        if (reply !== undefined) return reply;
      }
      return undefined;
    },
    clickMenu: (info, tab) => clicked.emit(info, tab),
    command: (name, tab) => commands.emit(name, tab),
    navigate: (tabId, url) => urlChanged.emit(tabId, url),
    install: () => installed.emit(),
    runtime: {
      id: FAKE_ID,
      getURL: (path) => FAKE_ORIGIN + path.replace(/^\//, ''),
      sendMessage: (message) => fake.deliver(message, { id: FAKE_ID, url: `${FAKE_ORIGIN}popup.html` }),
      onMessage: (listener) => {
        messageListeners.add(listener);
        return () => messageListeners.delete(listener);
      },
      onInstalled: (l) => installed.add(l),
      onStartup: (l) => startup.add(l),
    },
    tabs: {
      list: [],
      query: async (q) =>
        fake.tabs.list.filter((t) => (q.active === undefined ? true : t.active === q.active)),
      sendMessage: (tabId, message) => {
        log.tabMessages.push({ tabId, message });
        return fake.answerTab(tabId, message);
      },
      create: async ({ url }) => {
        log.opened.push(url);
      },
      onRemoved: (l) => removed.add(l),
      onUrlChanged: (l) => urlChanged.add(l),
    },
    scripting: {
      executeScript: async (details) => {
        log.injected.push({ ...details, files: [...details.files] });
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }) => {
        log.badges.set(tabId ?? 'global', text);
      },
      setBadgeBackgroundColor: async ({ tabId, color }) => {
        log.badgeColors.set(tabId ?? 'global', color);
      },
      setTitle: async () => undefined,
    },
    contextMenus: {
      removeAll: async () => {
        log.menus.length = 0;
      },
      create: (item) => {
        log.menus.push(item);
      },
      onClicked: (l) => clicked.add(l),
    },
    commands: { onCommand: (l) => commands.add(l) },
    storage: {
      get: async (keys) => {
        const out: Record<string, unknown> = {};
        for (const k of keys) if (store.has(k)) out[k] = structuredClone(store.get(k));
        return out;
      },
      set: async (items) => {
        const changes: Record<string, { newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          store.set(k, structuredClone(v));
          changes[k] = { newValue: structuredClone(v) };
        }
        changed.emit(changes);
      },
      onChanged: (l) => changed.add(l),
    },
    extension: { isAllowedIncognitoAccess: async () => fake.incognitoAllowed },
  };
  return fake;
}
