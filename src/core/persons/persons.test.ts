import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import type { Person } from '../types.ts';
import { findPeople } from './index.ts';
import { ARTICLES } from './fixtures/articles.ts';
import { runToEnd } from '../run-steps.ts';

function people(text: string): Person[] {
  const toks = tokenize(text);
  const steps = findPeople(text, toks, splitSentences(text, toks));
  return runToEnd(steps);
}

describe('findPeople on news paragraphs', () => {
  for (const article of ARTICLES) {
    describe(article.id, () => {
      const found = people(article.text);

      it('finds exactly the expected people', () => {
        expect(found.map((p) => p.name).sort()).toEqual(article.people.map((p) => p.name).sort());
      });

      for (const want of article.people) {
        it(`${want.name}: mentions, title, owners`, () => {
          const p = found.find((x) => x.name === want.name);
          expect(p).toBeDefined();
          if (!p) return;
          const names = p.mentions.filter((m) => m.kind !== 'pronoun').map((m) => `${m.text}:${m.kind}`);
          expect(names).toEqual(want.mentions);
          if (want.title !== undefined) expect(p.title).toBe(want.title);
          if (want.organization !== undefined) expect(p.organization).toBe(want.organization);
          if (want.country !== undefined) expect(p.country).toBe(want.country);
          if (want.pronouns) expect(p.mentions.filter((m) => m.kind === 'pronoun').map((m) => m.text)).toEqual(want.pronouns);
          if (p.titleSpan) expect(article.text.slice(p.titleSpan.start, p.titleSpan.end)).toBe(p.title);
        });
      }

      it('keeps offsets true to the text and never marks non-persons', () => {
        const mentions = found.flatMap((p) => p.mentions);
        for (const m of mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
        for (const p of found) expect(p.mentions[0]?.kind).toBe('name');
        const texts = new Set(mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text));
        for (const s of article.notPersons) expect(texts.has(s), s).toBe(false);
      });
    });
  }

  it('never puts an honorific or a title inside a name span', () => {
    const found = people('Mr. Tom Hale met Dr. Ines Brandt and President Abel Moyo in Geneva on Monday.');
    const texts = found.flatMap((p) => p.mentions.map((m) => m.text));
    expect(texts).toContain('Tom Hale');
    expect(texts).toContain('Ines Brandt');
    expect(texts).toContain('Abel Moyo');
    for (const t of texts) expect(t).not.toMatch(/^(Mr|Dr|President)\b/);
  });

  it('returns nothing for empty or name-free text', () => {
    expect(people('')).toEqual([]);
    expect(people('the rain fell on the roofs all night, and nobody came.')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = ARTICLES[0]?.text ?? '';
    expect(JSON.stringify(people(text))).toBe(JSON.stringify(people(text)));
  });
});
