// @vitest-environment happy-dom
/**
 * Seeded fuzz test of the page reader: random trees (any mix of block, inline, skipped and
 * editable elements, shadow roots, deep nesting) with random Unicode text. Nothing may throw,
 * every offset must map back to the same character, and the text can never be longer than the
 * page's own characters plus one line break per element (so the work stays linear).
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from './read-article.ts';
import { extractArticleText } from './extract.ts';
import { MarkIndex } from './marks.ts';
import { seededRandom } from '../core/seeded-random.ts';

const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'i',
  'a',
  'li',
  'ul',
  'section',
  'article',
  'h2',
  'br',
  'nav',
  'script',
  'code',
  'pre',
  'textarea',
  'blockquote',
  'table',
  'tr',
  'td',
  'x-widget',
  'aside',
  'header',
  'figure',
  'slot',
];
const PIECES = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  'a',
  'Z',
  'é',
  'ß',
  '\u0301',
  '\u202e',
  '\u200f',
  'ع',
  '中',
  '😀',
  '\ud800',
  '\udfff',
  '"',
  '“',
  '<',
  '&',
  'Mr.',
  'said',
  '\u0000',
  '\r\n',
];

function randomText(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 12);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function build(r: () => number, parent: Node, depth: number, budget: { nodes: number }): void {
  const children = Math.floor(r() * 5);
  for (let i = 0; i < children && budget.nodes > 0; i++) {
    budget.nodes--;
    if (r() < 0.45 || depth > 40) {
      parent.appendChild(document.createTextNode(randomText(r)));
      continue;
    }
    const el = document.createElement(TAGS[Math.floor(r() * TAGS.length)]!);
    if (r() < 0.05) el.setAttribute('contenteditable', '');
    if (r() < 0.05) el.setAttribute('hidden', '');
    if (r() < 0.05) el.className = 'share-bar';
    parent.appendChild(el);
    if (r() < 0.05 && el.tagName.includes('-')) {
      build(r, el.attachShadow({ mode: 'open' }), depth + 1, budget);
    }
    build(r, el, depth + 1, budget);
  }
}

describe('page reader fuzz', () => {
  it('never throws and always maps offsets back exactly (200 seeded trees)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = seededRandom(seed);
      document.body.innerHTML = '';
      const root = document.createElement('div');
      document.body.appendChild(root);
      build(r, root, 0, { nodes: 300 });
      const { text, map } = readArticle(root);
      let dataChars = 0;
      let elements = 0;
      const walk = (n: Node): void => {
        if (n.nodeType === 3) dataChars += (n as Text).data.length;
        if (n.nodeType === 1) {
          elements++;
          const sr = (n as Element).shadowRoot;
          if (sr) walk(sr);
        }
        n.childNodes.forEach(walk);
      };
      walk(root);
      expect(text.length).toBeLessThanOrEqual(dataChars + elements + 1);
      expect(text.startsWith('\n') || text.startsWith(' ')).toBe(false);
      for (const piece of map.pieces(0, text.length)) {
        const fromNode = piece.node.data.slice(piece.from, piece.to).replace(/[\s\u00a0]/g, ' ');
        expect(text.slice(piece.textStart, piece.textStart + piece.to - piece.from)).toBe(fromNode);
        expect(
          piece.node.parentElement?.closest(
            'script, code, pre, textarea, [contenteditable], [hidden], nav, aside',
          ),
        ).toBeNull();
      }
      // Random offsets (even out of range) never throw.
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(r() * (text.length + 4)) - 2;
        map.toPoint(at, 'start');
        map.toPoint(at, 'end');
      }
      const index = new MarkIndex([{ start: 0, end: text.length }]);
      expect(index.at(Math.floor(text.length / 2))).not.toBeUndefined();
    }
  });

  it('reads a very deep tree without overflowing the stack', () => {
    let el: Element = document.createElement('div');
    const root = el;
    for (let i = 0; i < 20000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'div');
      el.appendChild(child);
      el = child;
    }
    el.textContent = 'bottom';
    expect(readArticle(root, { maxDepth: 30000 }).text).toBe('bottom');
    expect(readArticle(root, { maxDepth: 100 }).text).toBe('');
  });

  it('chooses the article (Readability included) on seeded trees and a deep one without throwing or changing the page', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = seededRandom(1000 + seed);
      document.head.innerHTML = '<meta property="og:type" content="article">';
      document.body.innerHTML = '';
      build(r, document.body, 0, { nodes: 400 });
      const before = document.body.innerHTML;
      const { text } = extractArticleText(document, 'https://fuzz.example/a');
      expect(typeof text).toBe('string');
      expect(document.body.innerHTML).toBe(before);
    }
    document.body.innerHTML = '';
    let el: Element = document.body;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'div');
      el.appendChild(child);
      el = child;
    }
    el.textContent = 'The minister said so. '.repeat(50);
    expect(() => extractArticleText(document, 'https://fuzz.example/deep')).not.toThrow();
  });
});
