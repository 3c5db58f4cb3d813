/**
 * The toolbar badge: the number of officials on the tab's page, or "off" while paused. Badge
 * calls fail harmlessly when a tab has gone away, so errors are swallowed here, not reported.
 */
import type { Platform } from '../../src/platform/types.ts';

const COLOR = '#1e293b';
const PAUSED_COLOR = '#64748b';

/** What the badge says for `count` officials: nothing for 0, "99+" beyond two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export async function showOfficialCount(platform: Platform, tabId: number, count: number): Promise<void> {
  try {
    await platform.action.setBadgeBackgroundColor({ tabId, color: COLOR });
    await platform.action.setBadgeText({ tabId, text: badgeText(count) });
    await platform.action.setTitle({
      tabId,
      title: count > 0 ? `On Record: ${count} official${count === 1 ? '' : 's'} on this page` : 'On Record',
    });
  } catch {
    // The tab closed or navigated meanwhile.
  }
}

/** Badge colour for a page On Record could not store. */
const FAILED_COLOR = '#b91c1c';

/** "!" on the tab's badge, and the reason in its tooltip: the page was read but not stored. */
export async function showStoreFailed(platform: Platform, tabId: number, reason: string): Promise<void> {
  try {
    await platform.action.setBadgeBackgroundColor({ tabId, color: FAILED_COLOR });
    await platform.action.setBadgeText({ tabId, text: '!' });
    await platform.action.setTitle({ tabId, title: `On Record could not store this page: ${reason.slice(0, 200)}` });
  } catch {
    // The tab closed or navigated meanwhile.
  }
}

export async function clearTab(platform: Platform, tabId: number): Promise<void> {
  try {
    await platform.action.setBadgeText({ tabId, text: '' });
  } catch {
    // Tab gone.
  }
}

/** The global badge: "off" while paused, nothing otherwise. */
export async function showPaused(platform: Platform, paused: boolean): Promise<void> {
  try {
    await platform.action.setBadgeBackgroundColor({ color: PAUSED_COLOR });
    await platform.action.setBadgeText({ text: paused ? 'off' : '' });
    await platform.action.setTitle({ title: paused ? 'On Record (paused)' : 'On Record' });
  } catch {
    // Nothing to do.
  }
}
