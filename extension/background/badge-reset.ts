/**
 * Clears a tab's official count when it shows another page (a navigation or an SPA route
 * change); the content script sets it again if the new page is an article. A change of the
 * fragment alone (#section) is the same article and keeps the count.
 */
import type { Platform } from '../../src/platform/types.ts';
import { clearTab } from './badge.ts';
import { withoutFragment } from './page-urls.ts';

export function resetBadgeOnNavigation(platform: Platform): void {
  const shown = new Map<number, string>();
  platform.tabs.onUrlChanged((tabId, url) => {
    const page = withoutFragment(url);
    const before = shown.get(tabId);
    shown.set(tabId, page);
    if (before !== undefined && before !== page) void clearTab(platform, tabId);
  });
  platform.tabs.onRemoved((tabId) => shown.delete(tabId));
}
