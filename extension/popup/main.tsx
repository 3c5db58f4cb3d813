/**
 * Popup entry: finds the tab the popup is about (the active tab, or `?tab=ID` when the popup
 * is opened as a page, as tests and the demo do), builds the API from the real platform and
 * mounts the Preact popup.
 */
import { render } from 'preact';
import { createTabClient, createWorkerClient } from '../../src/messaging/client.ts';
import { browserPlatform as platform } from '../../src/platform/browser.ts';
import { createPopupApi, type PopupTarget } from '../../src/ui/popup/popup-api.ts';
import { PopupApp } from '../../src/ui/popup/popup-app.tsx';

async function findTarget(): Promise<PopupTarget> {
  const param = new URLSearchParams(location.search).get('tab');
  const wanted = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  const tabs = await platform.tabs.query(wanted === null ? { active: true, currentWindow: true } : {});
  const tab = wanted === null ? tabs[0] : tabs.find((t) => t.id === wanted);
  return { tabId: tab?.id ?? wanted, url: tab?.url ?? null };
}

async function main(): Promise<void> {
  const api = createPopupApi({
    worker: createWorkerClient((m) => platform.runtime.sendMessage(m)),
    tabs: createTabClient((id, m) => platform.tabs.sendMessage(id, m)),
    target: await findTarget(),
    openUrl: (path) => platform.tabs.create({ url: platform.runtime.getURL(path) }),
  });
  const root = document.getElementById('app');
  if (root) render(<PopupApp api={api} />, root);
}

void main();
