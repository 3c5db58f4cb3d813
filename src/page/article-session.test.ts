// @vitest-environment happy-dom
/**
 * The article session in a DOM without the Highlight API or layout (happy-dom): reading,
 * marks, hit-testing by node offset, late content read as a new chunk (only the new text),
 * removed content pruned, teardown. A tiny fake analyser keeps the test about the page side.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Person } from '../core/types.ts';
import { ArticleSession, type PageChunk } from './article-session.ts';
import { runToEnd } from '../core/run-steps.ts';

/** Every "Minister X" makes X an official; every X "said" makes a claim to the end of the line. */
function* fakeAnalyze(text: string): Generator<number, Analysis, void> {
  yield 0.5;
  const people: Person[] = [];
  for (const m of text.matchAll(/Minister ([A-Z][a-z]+)/g)) {
    const start = (m.index ?? 0) + 9;
    people.push({
      name: m[1]!,
      title: 'Minister',
      titleSpan: null,
      organization: null,
      country: null,
      mentions: [{ start, end: start + m[1]!.length, text: m[1]!, kind: 'name' }],
    });
  }
  return { length: text.length, people, claims: [], outlets: [] };
}

const para = (name: string): string =>
  `<p>Foreign Minister ${name} spoke at length today about the budget, the army and the plans for the year ahead of the summit. ${'The talks ran late into the night and will resume on Monday morning. '.repeat(4)}</p>`;

let session: ArticleSession | null = null;
afterEach(() => {
  session?.destroy();
  session = null;
});

async function start(html: string, onChunk?: (c: PageChunk) => void): Promise<ArticleSession> {
  document.head.innerHTML = '<meta property="og:type" content="article">';
  document.body.innerHTML = html;
  const s = await ArticleSession.start(document, {
    analyze: async (text: string) => runToEnd(fakeAnalyze(text)),
    debounceMs: 5,
    ...(onChunk ? { onChunk } : {}),
  });
  if (!s) throw new Error('not an article');
  session = s;
  return s;
}

describe('ArticleSession', () => {
  it('reads the article, makes marks and finds the mark under a text position', async () => {
    const s = await start(
      `<nav>Minister Navbar</nav><article id="a">${para('Berg')}${para('Holm')}</article>`,
    );
    expect(s.allMarks().map((m) => m.chunk.text.slice(m.start, m.end))).toEqual(['Berg', 'Holm']);
    const text = document.querySelector('#a p')!.firstChild as Text;
    const at = text.data.indexOf('Berg');
    expect(s.markAtNode(text, at + 1)?.kind).toBe('official');
    expect(s.markAtNode(text, 0)).toBeNull();
  });

  it('paints at most maxMarks marks, the first in reading order', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = `<article>${para('Berg')}${para('Holm')}${para('Lund')}</article>`;
    const s = await ArticleSession.start(document, {
      analyze: async (text: string) => runToEnd(fakeAnalyze(text)),
      maxMarks: 2,
      watch: false,
    });
    if (!s) throw new Error('not an article');
    session = s;
    expect(s.allMarks().map((m) => m.chunk.text.slice(m.start, m.end))).toEqual(['Berg', 'Holm']);
  });

  it('keeps every mark of a chunk painted by window (hover, keyboard), and prunes it', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = `<article id="a">${para('Berg')}${para('Holm')}${para('Lund')}</article>`;
    const s = await ArticleSession.start(document, {
      analyze: async (text: string) => runToEnd(fakeAnalyze(text)),
      windowAfter: 2,
      debounceMs: 5,
    });
    if (!s) throw new Error('not an article');
    session = s;
    expect(s.allMarks().map((m) => m.chunk.text.slice(m.start, m.end))).toEqual([
      'Berg',
      'Holm',
      'Lund',
    ]);
    const last = document.querySelector('#a p:last-child')!.firstChild as Text;
    expect(s.markAtNode(last, last.data.indexOf('Lund'))?.kind).toBe('official');
    document.querySelector('#a p')!.remove();
    await vi.waitFor(() => expect(s.allMarks().length).toBe(2), { timeout: 2000 });
    document.dispatchEvent(new Event('scroll'));
    await new Promise((r) => setTimeout(r, 200));
    expect(s.allMarks().map((m) => m.chunk.text.slice(m.start, m.end))).toEqual(['Holm', 'Lund']);
  });

  it('stays idle on a page that is not an article', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Short.</p>';
    expect(await ArticleSession.start(document, { analyze: async (text: string) => runToEnd(fakeAnalyze(text)) })).toBeNull();
  });

  it('reads only new text when content is added, and drops marks whose text is removed', async () => {
    const chunks: PageChunk[] = [];
    const s = await start(`<article id="a">${para('Berg')}</article>`, (c) => chunks.push(c));
    const article = document.getElementById('a')!;
    article.insertAdjacentHTML('beforeend', para('Lind'));
    await vi.waitFor(() => expect(chunks.length).toBe(2), { timeout: 2000 });
    expect(chunks[1]!.text).toContain('Minister Lind');
    expect(chunks[1]!.text).not.toContain('Berg'); // never read twice
    expect(s.allMarks().map((m) => m.chunk.text.slice(m.start, m.end))).toEqual(['Berg', 'Lind']);

    article.lastElementChild!.remove();
    await vi.waitFor(() => expect(s.allMarks().length).toBe(1), { timeout: 2000 });
    expect(s.chunks.length).toBe(1);
  });

  it('ignores content added outside the article (ads, chrome)', async () => {
    const chunks: PageChunk[] = [];
    await start(`<article id="a">${para('Berg')}</article><div id="ads"></div>`, (c) =>
      chunks.push(c),
    );
    document.getElementById('ads')!.innerHTML = para('Advert');
    await new Promise((r) => setTimeout(r, 100));
    expect(chunks.length).toBe(1);
  });

  it('destroy() stops watching', async () => {
    const chunks: PageChunk[] = [];
    const s = await start(`<article id="a">${para('Berg')}</article>`, (c) => chunks.push(c));
    s.destroy();
    document.getElementById('a')!.insertAdjacentHTML('beforeend', para('Lind'));
    await new Promise((r) => setTimeout(r, 100));
    expect(chunks.length).toBe(1);
    expect(s.allMarks()).toEqual([]);
  });
});
