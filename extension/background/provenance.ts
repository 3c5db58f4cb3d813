/**
 * What the worker believes of what a page says about itself. A content script runs beside the
 * page's own code and reports the page's markup, which a hostile site writes: it may name
 * another site's article as its canonical URL, call itself "Reuters", date itself 2199. So:
 *
 * - every URL a content script's request is about is derived from the sender (`ownPageUrl`:
 *   its own URL, or a canonical URL on the same site);
 * - a publication date after tomorrow is no publication date;
 * - an outlet name the page's host does not bear ("Reuters" on example.net) gives way to the host;
 * - a person id in a save is a hint, kept only when that person appears in the article the
 *   worker stored for that URL.
 */
import type { OnRecordDb, SaveItemInput } from '../../src/store/index.ts';
import { hostOf, ownPageUrl } from './page-urls.ts';

/** A day of slack for time zones and clocks a little ahead. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** The publication date, or null when it lies in the future (after tomorrow). */
export function trustedPublishedAt(iso: string | null, now: Date = new Date()): string | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at) || at > now.getTime() + FUTURE_SLACK_MS) return null;
  return iso;
}

/** Second-level labels that stand before a country code ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or']);

/** The labels of a host that can carry a name: "hosted.ap.org" → ["hosted", "ap"]. */
function nameLabels(host: string): string[] {
  const labels = host.toLowerCase().replace(/^(www|m|amp|mobile)\./, '').split('.').filter(Boolean);
  if (labels.length > 1) labels.pop();
  const last = labels[labels.length - 1];
  if (labels.length > 1 && last !== undefined && SECOND_LEVEL.has(last)) labels.pop();
  return labels.map((l) => l.replace(/-/g, ''));
}

/** Lower-case letters and digits of each word, accents dropped ("The New York Times" → the, new, york, times). */
function nameWords(outlet: string): string[] {
  return outlet
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether `label` spells the outlet's words in order, each word written whole, by its first
 * letter, or left out ("nytimes" ← New York Times, "wsj" ← Wall Street Journal, "bbc" ← BBC
 * News); at least one word must be used.
 */
function spells(label: string, words: string[]): boolean {
  const seen = new Set<string>();
  const go = (w: number, at: number, used: boolean): boolean => {
    if (at === label.length) return used;
    if (w === words.length) return false;
    const key = `${w}:${at}:${used ? 1 : 0}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const word = words[w] as string;
    if (label.startsWith(word, at) && go(w + 1, at + word.length, true)) return true;
    if (label[at] === word[0] && go(w + 1, at + 1, true)) return true;
    return go(w + 1, at, used);
  };
  return go(0, 0, false);
}

/** Whether the page's host bears the outlet's name (see `spells`). */
export function hostBears(host: string, outlet: string): boolean {
  // "Süddeutsche" on sueddeutsche.de: German hosts write ä, ö, ü, ß as ae, oe, ue, ss.
  const german = outlet.replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize('NFKD').charAt(0)}e`).replace(/ß/g, 'ss');
  const spellings = [nameWords(outlet), nameWords(german)].filter((w) => w.length > 0);
  return nameLabels(host).some((label) => label.length > 0 && spellings.some((words) => spells(label, words)));
}

/** The outlet to store for a page at `url`: its own name if the host bears it, else the host. */
export function trustedOutlet(outlet: string | null, url: string): string | null {
  const host = hostOf(url).replace(/^www\./, '');
  if (outlet && host && hostBears(host, outlet)) return outlet;
  return host || null;
}

/**
 * A save from a content script, made true to the sender: stored under the sender's article URL,
 * with the stored article's title, outlet and date when the worker has it (else the checked
 * ones), and the person id only if that person appears in that article.
 */
export async function trustedSave(db: OnRecordDb, item: SaveItemInput, senderUrl: string | null, now: Date = new Date()): Promise<SaveItemInput> {
  const url = ownPageUrl(item.url, senderUrl);
  const article = await db.articles.where('url').equals(url).first();
  let personId: number | null = null;
  if (item.personId !== null && article?.id !== undefined) {
    const seen = await db.appearances.where('[personId+articleId]').equals([item.personId, article.id]).count();
    personId = seen > 0 ? item.personId : null;
  }
  return {
    ...item,
    url,
    title: article?.title ?? item.title,
    outlet: article ? article.outlet : trustedOutlet(item.outlet, url),
    publishedAt: article ? article.publishedAt : trustedPublishedAt(item.publishedAt, now),
    personId,
  };
}
