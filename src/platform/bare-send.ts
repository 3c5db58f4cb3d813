/**
 * The one browser call the document_start script (`extension/content-start.ts`) makes, without
 * webextension-polyfill. The polyfill's set-up ran on every page before its first paint and cost
 * about 20 ms there (Chromium, demo article, load event median over 12 loads: 80 ms with this
 * function, 105 ms with the polyfill, 87 ms without the extension). Every other caller goes
 * through `browser.ts`. Firefox's `browser.runtime.sendMessage` and Chrome's MV3
 * `chrome.runtime.sendMessage` both return a Promise.
 */
type BareListener = (message: unknown, sender: { id?: string }, reply: (answer: unknown) => void) => boolean | undefined;

interface BareRuntime {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage?: { addListener(l: BareListener): void; removeListener(l: BareListener): void };
  };
}

function runtime(): BareRuntime['runtime'] | null {
  const g = globalThis as { browser?: BareRuntime; chrome?: BareRuntime };
  return (g.browser?.runtime ? g.browser : g.chrome)?.runtime ?? null;
}

/** Sends `message` to the extension's worker; rejects when there is no extension API here. */
export function bareSendMessage(message: unknown): Promise<unknown> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('no extension runtime in this context'));
  return api.sendMessage(message);
}

/**
 * Answers messages from this extension with `answer(message)` (undefined: not answered here),
 * until the returned function is called. Both browsers accept a synchronous `reply`.
 */
export function bareAnswer(answer: (message: unknown) => unknown): () => void {
  const api = runtime();
  if (!api?.onMessage) return () => undefined;
  const listener: BareListener = (message, sender, reply) => {
    if (sender.id !== api.id) return undefined;
    const a = answer(message);
    if (a === undefined) return undefined;
    reply(a);
    return false;
  };
  api.onMessage.addListener(listener);
  return () => api.onMessage?.removeListener(listener);
}
