/**
 * The content script: thin wiring only. The worker runs it in the page's top frame once the page
 * has loaded (`content/start`, asked by `content-start.ts`, which the manifest injects). Checks
 * the settings (site switched off, global pause), then lets a `PageRun` find, read, analyse and
 * paint the article and serve the hovercard; answers the popup's and the worker's tab messages;
 * starts and stops at once when settings change.
 */
import { createWorkerClient } from '../src/messaging/client.ts';
import type { PageMeta, Result, SavedRef, SiteSettings } from '../src/messaging/contract.ts';
import { MessageError } from '../src/messaging/errors.ts';
import { createTabRouter } from '../src/messaging/router.ts';
import { browserPlatform } from '../src/platform/browser.ts';
import { emptyPageState } from './content/empty-page-state.ts';
import { PageRun } from './content/page-run.ts';
import type { ClaimToSave } from './content/save-claim.ts';
import { selectionToSave } from './content/save-selection.ts';

const platform = browserPlatform;
const worker = createWorkerClient((m) => platform.runtime.sendMessage(m));

/** Saves one item to the collection (`collection/save`); the reply's id and duplicate flag. */
async function saveItem(item: ClaimToSave): Promise<Result<SavedRef>> {
  const r = await worker.request({ type: 'collection/save', item });
  return r.ok ? { ok: true, value: { itemId: r.value.itemId, duplicate: r.value.duplicate } } : r;
}

let run: PageRun | null = null;
let inactive: 'off' | 'paused' | null = null;

function apply(settings: SiteSettings | null): void {
  const active = settings ? settings.active : true;
  inactive = active ? null : settings?.paused ? 'paused' : 'off';
  if (!active) {
    run?.stop();
    run = null;
    return;
  }
  if (!run) {
    run = new PageRun({ doc: document, worker, save: saveItem });
    void run.start();
  }
}

const fallbackPage = (): PageMeta => ({
  url: location.href.replace(/#.*$/, ''),
  canonicalUrl: null,
  title: document.title,
  outlet: null,
  publishedAt: null,
  textLength: 0,
  textHash: '',
});

const router = createTabRouter(
  {
    'page/get-state': (req) => {
      if (inactive || !run) return emptyPageState(inactive ?? 'working');
      return run.state(req.limit);
    },
    'collection/save-claim': async (req) => {
      if (!run) throw new MessageError('unavailable', 'On Record is off on this site');
      const r = await run.saveClaim(req.claimIndex);
      if (!r.ok) throw new MessageError(r.error.code, r.error.message);
      return r.value;
    },
    'collection/save-selection': async () => {
      const item = run ? selectionToSave(document, run, fallbackPage()) : null;
      if (!item) throw new MessageError('no-selection', 'nothing selected');
      const r = await saveItem(item);
      if (!r.ok) throw new MessageError(r.error.code, r.error.message);
      return r.value;
    },
    'settings/changed': (req) => {
      apply(req.settings);
      return null;
    },
  },
  { extensionId: platform.runtime.id, extensionOrigin: platform.runtime.getURL('') },
);

async function main(): Promise<void> {
  const settings = await worker.request({ type: 'settings/get-for-site', host: location.hostname });
  // If the worker cannot be reached, run anyway: it checks the settings again before storing.
  apply(settings.ok ? settings.value : null);
}

// Run once per page, even if the worker were asked twice (the isolated world keeps its globals).
const flags = globalThis as { onRecordContentStarted?: boolean };
if (!flags.onRecordContentStarted) {
  flags.onRecordContentStarted = true;
  // content-start.ts answered "working" until now; from here on the router answers.
  (globalThis as { onRecordStub?: { stop(): void } }).onRecordStub?.stop();
  platform.runtime.onMessage((raw, sender) => router(raw, sender));
  void main();
}
