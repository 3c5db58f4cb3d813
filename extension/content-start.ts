/**
 * The script the manifest injects at document_start: small on purpose. It waits for the page's
 * load event (at most MAX_LOAD_WAIT_MS) and then asks the worker to run the content script
 * proper (`content/start`) in this frame.
 *
 * Why not inject content.js itself: measured in Chromium, any script the manifest injects at
 * document_end or document_idle (even an empty one) moved the load event of the 100k-node bench
 * page from about 1.0 s to 1.6-2.3 s, and content.js at document_start put its parsing (about
 * 25 ms here) before the page's first paint. This file at document_start costs neither (it does
 * not load webextension-polyfill either, see `bare-send.ts`); content.js then arrives once the
 * page has loaded, when nothing of the page's own loading waits for it.
 */
import { createWorkerClient } from '../src/messaging/client.ts';
import { bareAnswer, bareSendMessage } from '../src/platform/bare-send.ts';
import { emptyPageState } from './content/empty-page-state.ts';

/** Longest wait for the load event before starting anyway (a slow ad or image never ends). */
const MAX_LOAD_WAIT_MS = 5000;

function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, MAX_LOAD_WAIT_MS);
    window.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        // Past the load event's own task, so its listeners and the load timing end first.
        setTimeout(done, 0);
      },
      { once: true },
    );
  });
}

/** What the popup is told until content.js answers: the page is still being read. */
const WORKING = { ok: true, value: emptyPageState('working') } as const;

// The top frame reads same-origin iframes itself; a frame never runs its own copy.
if (window.top === window) {
  // A popup opened while the page loads says "Reading the article…", not "does not run here";
  // content.js stops this answer when it starts (`onRecordStub.stop`, same isolated world).
  const stop = bareAnswer((m) => ((m as { type?: unknown } | null)?.type === 'page/get-state' ? WORKING : undefined));
  (globalThis as { onRecordStub?: { stop(): void } }).onRecordStub = { stop };
  const worker = createWorkerClient(bareSendMessage);
  void pageLoaded().then(() => worker.request({ type: 'content/start' }));
}
