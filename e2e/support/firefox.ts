/**
 * Driving Debian's firefox-esr with the built extension through puppeteer-core over WebDriver
 * BiDi (Playwright cannot drive a stock Firefox). What works here (BROWSER-TESTING.md):
 * `-remote-allow-system-access` plus a fixed moz-extension UUID via the
 * `extensions.webextensions.uuids` pref, so extension pages have a known URL; extension pages
 * never report `load`, so they are opened without awaiting `goto` and polled instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DIST } from './chromium.ts';

/** The moz-extension host of our extension in every test profile. */
export const FIXED_UUID = '4f6e5265-636f-4264-8e54-657374000001';

/**
 * `ONRECORD_FIREFOX` when set (a path that does not exist is an error, not a skip), else Debian's
 * firefox-esr; null when that is not installed.
 */
export function firefoxPath(): string | null {
  const chosen = process.env.ONRECORD_FIREFOX;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`ONRECORD_FIREFOX is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  return existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : null;
}

/** The gecko id from the built manifest (the uuid pref is keyed by it). */
export function geckoId(dist: string = DIST): string {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('dist/manifest.json has no browser_specific_settings.gecko.id');
  return id;
}

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://UUID/<path>`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(executablePath: string, dist: string = DIST): Promise<FirefoxSession> {
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error(`${dist} has no manifest.json: run \`npm run build\` first.`);
  }
  const id = geckoId(dist);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: FIXED_UUID }) },
  });
  try {
    await browser.installExtension(dist);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    extensionUrl: (path) => `moz-extension://${FIXED_UUID}/${path.replace(/^\//, '')}`,
    close: () => browser.close(),
  };
}

/** Polls `probe` until it returns a non-null value (errors count as "not yet"); null on timeout. */
export async function pollFor<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 15_000, everyMs = 200): Promise<T | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== null && v !== undefined) return v;
    } catch {
      // Navigation in progress, context gone: try again.
    }
    if (Date.now() >= until) return null;
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

/**
 * Opens an extension page in a new tab without awaiting `goto` (it never reports `load`) and
 * waits until its document is the requested page and `ready` (evaluated in it) is true.
 */
export async function openExtensionPage(
  session: FirefoxSession,
  path: string,
  ready: () => boolean = () => document.readyState === 'complete',
  timeoutMs = 15_000,
): Promise<Page> {
  const page = await session.browser.newPage();
  const url = session.extensionUrl(path);
  void page.goto(url).catch(() => undefined);
  const ok = await pollFor(
    async () => ((await page.evaluate((want: string) => location.href === want, url)) && (await page.evaluate(ready)) ? true : null),
    timeoutMs,
  );
  if (!ok) throw new Error(`${url} did not render within ${timeoutMs} ms`);
  return page;
}

/** The raw BiDi connection puppeteer uses (not in its public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { type?: string; result?: BidiNode } }>;
}

/** A DOM node as BiDi serializes it (`sharedId` lets later calls address it, even in a closed root). */
interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType?: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[] | null;
    shadowRoot?: BidiNode | null;
  };
}

function bidi(session: FirefoxSession, page: Page): { connection: BidiConnection; context: string } {
  const connection = (session.browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { connection, context };
}

/** Every `<tag>` host element, serialized with its shadow tree (closed roots too). */
async function shadowHosts(session: FirefoxSession, page: Page, tag: string): Promise<BidiNode[]> {
  const { connection, context } = bidi(session, page);
  const reply = await connection.send('script.evaluate', {
    expression: `Array.from(document.querySelectorAll(${JSON.stringify(tag)}))`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 40, includeShadowTree: 'all' },
  });
  const list = reply.result.result as { value?: BidiNode[] } | undefined;
  return list?.value ?? [];
}

function walk(node: BidiNode | null | undefined, visit: (n: BidiNode) => void): void {
  if (!node?.value) return;
  visit(node);
  if (node.value.localName === 'style' || node.value.localName === 'script') return;
  walk(node.value.shadowRoot, visit);
  for (const c of node.value.children ?? []) walk(c, visit);
}

function textOf(node: BidiNode): string {
  const out: string[] = [];
  walk(node, (n) => {
    if (n.value?.nodeType === 3) out.push(n.value.nodeValue ?? '');
  });
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The text inside every `<tag>` element's shadow root, CLOSED ones included (the hovercard's is
 * closed so page scripts cannot read the reader's history). Page scripts cannot see it, but
 * BiDi's node serialization with `includeShadowTree: 'all'` can.
 */
export async function shadowTextBidi(session: FirefoxSession, page: Page, tag = 'onrecord-root'): Promise<string> {
  return (await shadowHosts(session, page, tag)).map(textOf).join(' ');
}

/**
 * The viewport box of the first `<button>` inside a `<tag>`'s shadow tree whose text contains
 * `label`, or null. Lets a spec click the hovercard's own buttons with the real mouse.
 */
export async function shadowButtonBox(
  session: FirefoxSession,
  page: Page,
  label: string,
  tag = 'onrecord-root',
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  let found: BidiNode | null = null;
  for (const host of await shadowHosts(session, page, tag)) {
    walk(host, (n) => {
      if (!found && n.value?.localName === 'button' && textOf(n).includes(label)) found = n;
    });
  }
  const sharedId = (found as BidiNode | null)?.sharedId;
  if (!sharedId) return null;
  const { connection, context } = bidi(session, page);
  const reply = await connection.send('script.callFunction', {
    functionDeclaration: 'function () { const r = this.getBoundingClientRect(); return JSON.stringify([r.x, r.y, r.width, r.height]); }',
    this: { sharedId },
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  const raw = reply.result.result as { type?: string; value?: unknown } | undefined;
  if (raw?.type !== 'string' || typeof raw.value !== 'string') return null;
  const [x, y, width, height] = JSON.parse(raw.value) as number[];
  return { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 };
}
