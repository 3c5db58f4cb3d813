// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSteps } from './detect-article.ts';
import { openShadowRootsSteps } from './open-shadow-roots.ts';
import { readArticle } from './read-article.ts';

const para = (n: number, who = 'the minister'): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i}: ${who} said the budget talks would continue next week in the capital.</p>`,
  ).join('');

function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

/** Gives `host` a shadow root of `mode` holding `html`. */
function shadow(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

describe('detectArticle and open shadow roots', () => {
  it('finds an article body that lives entirely in a web component', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      '<nav>Home</nav><news-story id="story"></news-story><footer>Contact</footer>',
    );
    const root = shadow(
      doc.getElementById('story')!,
      `<div class="story-body"><h1>Budget talks</h1>${para(16)}</div><aside>${para(2)}</aside>`,
    );
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toEqual(expect.arrayContaining(['og-type', 'text-density']));
    expect(d.root?.className).toBe('story-body');
    expect(d.root?.getRootNode()).toBe(root);
    const { text } = readArticle(d.root!);
    expect(text).toContain('Paragraph 15: the minister said');
    expect(text).not.toContain('Home');
  });

  it('sees an <article> and nested components inside shadow roots', () => {
    const doc = page('', '<app-shell id="shell"></app-shell>');
    const outer = shadow(
      doc.getElementById('shell')!,
      '<main><story-card id="card"></story-card></main>',
    );
    shadow(outer.getElementById('card')!, `<article><h1>T</h1>${para(6)}</article>`);
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(true);
    expect(d.signals).toContain('article-element');
    expect(d.root?.tagName.toLowerCase()).toBe('article');
  });

  it('counts light and shadow paragraphs together and prefers where most text is', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      `<div class="teasers">${para(2, 'a teaser')}</div><news-story id="story"></news-story>`,
    );
    shadow(doc.getElementById('story')!, `<section class="text">${para(12)}</section>`);
    const d = detectArticle(doc);
    expect(d.root?.className).toBe('text');
  });

  it('never reads closed shadow roots', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      '<news-story id="s"></news-story>',
    );
    shadow(doc.getElementById('s')!, `<div>${para(10)}</div>`, 'closed');
    const d = detectArticle(doc);
    expect(d.isArticle).toBe(false);
    expect(d.paragraphChars).toBe(0);
  });
});

describe('bounded, sliced detection', () => {
  it('stops scanning for shadow roots at its limits', () => {
    const doc = page('', '<div id="box"></div>');
    const box = doc.getElementById('box')!;
    for (let i = 0; i < 30; i++) {
      const host = doc.createElement('x-card');
      box.appendChild(host);
      shadow(host, '<p>inside</p>');
    }
    const count = (limits: Parameters<typeof openShadowRootsSteps>[1]): number => {
      const steps = openShadowRootsSteps(doc.body, limits);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value.length;
      }
    };
    expect(count({})).toBe(30);
    expect(count({ maxRoots: 5 })).toBe(5);
    expect(count({ maxElements: 10 })).toBeLessThan(10);
  });

  it('yields between slices and decides as the one-go call does', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      `<div class="body">${para(1200)}</div>`,
    );
    const steps = detectArticleSteps(doc);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(4);
    const once = detectArticle(doc);
    expect(r.value.root).toBe(once.root);
    expect(r.value.signals).toEqual(once.signals);
    expect(r.value.paragraphChars).toBe(once.paragraphChars);
  });
});
