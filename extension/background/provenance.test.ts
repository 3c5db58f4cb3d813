import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/store/index.ts';
import type { SaveItemInput } from '../../src/store/index.ts';
import { ArticleBuilder, freshDb, saveInput } from '../../src/store/test-support.ts';
import { hostBears, trustedOutlet, trustedPublishedAt, trustedSave } from './provenance.ts';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('trustedPublishedAt', () => {
  it('keeps past dates and today, drops dates after tomorrow and nonsense', () => {
    expect(trustedPublishedAt('2025-06-24', NOW)).toBe('2025-06-24');
    expect(trustedPublishedAt('2026-12-05T06:00:00Z', NOW)).toBe('2026-12-05T06:00:00Z');
    expect(trustedPublishedAt('2199-12-31', NOW)).toBeNull();
    expect(trustedPublishedAt('soon', NOW)).toBeNull();
    expect(trustedPublishedAt(null, NOW)).toBeNull();
  });
});

describe('hostBears / trustedOutlet', () => {
  it('accepts the names news hosts really bear', () => {
    const pairs: Array<[string, string]> = [
      ['www.nytimes.com', 'The New York Times'],
      ['www.wsj.com', 'The Wall Street Journal'],
      ['www.bbc.co.uk', 'BBC News'],
      ['www.theguardian.com', 'The Guardian'],
      ['www.aljazeera.com', 'Al Jazeera'],
      ['hosted.ap.org', 'Associated Press'],
      ['www.reuters.com', 'Reuters'],
      ['www.usatoday.com', 'USA TODAY'],
      ['www.lemonde.fr', 'Le Monde'],
      ['www.sueddeutsche.de', 'Süddeutsche'],
      ['news.example', 'The News'],
    ];
    for (const [host, outlet] of pairs) expect(hostBears(host, outlet), `${outlet} on ${host}`).toBe(true);
  });

  it('refuses a name the host does not bear, and shows the host instead', () => {
    expect(hostBears('example.net', 'Reuters')).toBe(false);
    expect(hostBears('reuters.example.net', 'BBC')).toBe(false);
    expect(trustedOutlet('Reuters', 'https://www.example.net/a')).toBe('example.net');
    expect(trustedOutlet('Reuters', 'https://www.reuters.com/a')).toBe('Reuters');
    expect(trustedOutlet(null, 'https://www.news.example/a')).toBe('news.example');
    expect(trustedOutlet('  ', 'https://news.example/a')).toBe('news.example');
  });
});

describe('trustedSave', () => {
  const text = 'NATO Secretary General Mark Rutte said allies would act.';
  const item = (over: Partial<SaveItemInput> = {}): SaveItemInput =>
    saveInput('allies would act', 'https://a.example/victim.html', {
      title: 'Forged',
      outlet: 'Reuters',
      publishedAt: '2199-12-31',
      personId: 1,
      ...over,
    });

  it('stores a save under the sender\'s own page, never another site\'s, with checked outlet and date', async () => {
    const db = await freshDb();
    const saved = await trustedSave(db, item(), 'https://b.example.net/page.html', NOW);
    expect(saved.url).toBe('https://b.example.net/page.html');
    expect(saved.outlet).toBe('b.example.net');
    expect(saved.publishedAt).toBeNull();
    // No article stored for that page: no person can be vouched for.
    expect(saved.personId).toBeNull();
  });

  it('keeps a same-site canonical URL and the stored article\'s metadata and person', async () => {
    const db = await freshDb();
    const b = new ArticleBuilder(text);
    const p = b.person('Mark Rutte', 'NATO Secretary General');
    b.claim('Mark Rutte', 'said', 'allies would act', p);
    const stored = await ingestArticle(
      db,
      { url: 'https://news.example/a', title: 'Allies act', outlet: 'The News', publishedAt: '2025-06-24', textLength: text.length, textHash: 'h' },
      b.analysis(),
    );
    const rutte = stored.personIds[0] as number;
    const ok = await trustedSave(db, item({ url: 'https://news.example/a', personId: rutte }), 'https://www.news.example/a?x=1', NOW);
    expect(ok).toMatchObject({ url: 'https://news.example/a', title: 'Allies act', outlet: 'The News', publishedAt: '2025-06-24', personId: rutte });
    // A person id the article does not hold is dropped.
    const other = await trustedSave(db, item({ url: 'https://news.example/a', personId: rutte + 99 }), 'https://news.example/a', NOW);
    expect(other.personId).toBeNull();
  });
});
