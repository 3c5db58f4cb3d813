/**
 * The worker's handlers for the non-collection part of the contract: storing an analysed page
 * (respecting pause, per-site off and private windows), hovercard data, people search, and the
 * settings. Each handler receives a validated request and the checked sender.
 */
import { analyzeSteps } from '../../src/core/analyze.ts';
import { runSliced } from '../../src/page/time-slice.ts';
import { MessageError, toErrorInfo } from '../../src/messaging/errors.ts';
import type { WorkerHandlers } from '../../src/messaging/router.ts';
import { CONTENT_SCRIPT_FILE, type PageAnalyzedReply } from '../../src/messaging/contract.ts';
import type { Platform } from '../../src/platform/types.ts';
import { earlierRoles, getPersonCard, ingestArticle, searchPeople, type OnRecordDb } from '../../src/store/index.ts';
import { clearTab, showOfficialCount, showPaused, showStoreFailed } from './badge.ts';
import { lookupPeople } from './lookup-people.ts';
import { articleUrl, hostOf, shownArticleUrl } from './page-urls.ts';
import { trustedOutlet, trustedPublishedAt } from './provenance.ts';
import { siteSettings, withSite, type SettingsStore } from './settings.ts';

export interface CoreDeps {
  platform: Platform;
  getDb: () => Promise<OnRecordDb>;
  settings: SettingsStore;
}

/** Tells every open web page's content script its site's current settings. */
export async function broadcastSettings(deps: CoreDeps): Promise<void> {
  const settings = await deps.settings.get();
  const tabs = await deps.platform.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      const host = hostOf(tab.url ?? null);
      if (tab.id === undefined || !host || !/^https?:/.test(tab.url ?? '')) return;
      const site = siteSettings(settings, host);
      if (!site.active) await clearTab(deps.platform, tab.id);
      await deps.platform.tabs
        .sendMessage(tab.id, { type: 'settings/changed', settings: site })
        .catch(() => undefined); // no content script in that tab
    }),
  );
}

export function createCoreHandlers(deps: CoreDeps): WorkerHandlers {
  const { platform, getDb, settings } = deps;
  return {
    'content/start': async (_req, sender) => {
      if (sender.tabId === null || sender.frameId === null) {
        throw new MessageError('forbidden', 'content/start comes from a frame of a tab');
      }
      await platform.scripting.executeScript({
        tabId: sender.tabId,
        frameId: sender.frameId,
        files: [CONTENT_SCRIPT_FILE],
      });
      return null;
    },

    // In slices, so the worker keeps answering other tabs while a huge page is analysed.
    'engine/analyze': async (req) => runSliced(analyzeSteps(req.text), { budgetMs: 20 }),

    'page/analyzed': async (req, sender): Promise<PageAnalyzedReply> => {
      const site = siteSettings(await settings.get(), hostOf(sender.url));
      const none = {
        people: req.analysis.people.map(() => ({ personId: null, earlierRole: null })),
        stored: false,
      };
      if (!site.active) return none;
      const db = await getDb();
      const url = articleUrl(req.page, sender.url);
      // A hostile page may date itself 2199 and call itself Reuters (see provenance.ts).
      const publishedAt = trustedPublishedAt(req.page.publishedAt);
      // People named here without a title whom the store knows in a role are officials too.
      const reply = async (ids: Array<number | null>, articleId: number | null, stored: boolean): Promise<PageAnalyzedReply> => {
        const roles = await earlierRoles(
          db,
          ids.map((personId, i) => ({ personId, untitled: req.analysis.people[i]?.title === null })),
          { id: articleId, publishedAt },
        );
        const officials = req.analysis.people.filter((p, i) => p.title !== null || roles[i]).length;
        if (sender.tabId !== null) void showOfficialCount(platform, sender.tabId, officials);
        return { people: ids.map((personId, i) => ({ personId, earlierRole: roles[i] ?? null })), stored };
      };
      if (sender.incognito && !site.storeInPrivate) {
        return reply(await lookupPeople(db, req.analysis, publishedAt), null, false);
      }
      let result: Awaited<ReturnType<typeof ingestArticle>>;
      try {
        result = await ingestArticle(
          db,
          {
            url,
            title: req.page.title,
            outlet: trustedOutlet(req.page.outlet, url),
            publishedAt,
            textLength: req.page.textLength,
            textHash: req.page.textHash,
          },
          req.analysis,
        );
      } catch (e) {
        // Say it where the reader looks: the badge, and (from the error reply) the popup.
        if (sender.tabId !== null) void showStoreFailed(platform, sender.tabId, toErrorInfo(e).message);
        throw e;
      }
      return reply(result.personIds, result.articleId, true);
    },

    'people/card': async (req, sender) => {
      const excludeUrl = sender.kind === 'content' ? shownArticleUrl(req.excludeUrl, sender.url) : req.excludeUrl;
      const card = await getPersonCard(await getDb(), req.personId, {
        excludeUrl,
        limit: req.limit ?? 5,
      });
      if (!card) throw new MessageError('not-found', `no person ${req.personId}`);
      return card;
    },

    'people/search': async (req) => searchPeople(await getDb(), req.query, req.limit ?? 20),

    'settings/get-for-site': async (req, sender) => {
      const host = sender.kind === 'content' ? hostOf(sender.url) : req.host;
      return siteSettings(await settings.get(), host);
    },

    'settings/get': () => settings.get(),

    'settings/set-site': async (req) => {
      const next = await settings.set(withSite(await settings.get(), req.host, req.enabled));
      await broadcastSettings(deps);
      return siteSettings(next, req.host);
    },

    'settings/set-global': async (req) => {
      const current = await settings.get();
      const next = await settings.set({
        ...current,
        ...(req.paused === undefined ? {} : { paused: req.paused }),
        ...(req.storeInPrivate === undefined ? {} : { storeInPrivate: req.storeInPrivate }),
      });
      await showPaused(platform, next.paused);
      await broadcastSettings(deps);
      return next;
    },
  };
}
