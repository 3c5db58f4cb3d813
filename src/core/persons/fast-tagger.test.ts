/**
 * The shipped fast tagger must give exactly the tags of the reference loop the trainer uses
 * (tagger.ts), scored with the same int8 weights, on every text: same features, same order of
 * decisions, only computed once and shared. Texts are the fixtures plus awkward inputs.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import { buildDocView } from './doc-view.ts';
import { buildDocLevel } from './doc-level.ts';
import { tagDocument } from './tagger.ts';
import { tagTwoPass } from './fast-tagger.ts';
import { getModel } from './model.ts';
import { NUM_TAGS } from './tags.ts';
import type { PairTable } from './pair-table.ts';
import type { Scorer } from './weights.ts';
import { ARTICLES } from './fixtures/articles.ts';
import { runToEnd as drain } from '../run-steps.ts';

/** Reference scorer over the same table: one pass's int8 weights, summed exactly. */
function intScorer(table: PairTable, half: number): Scorer {
  return {
    score(feats, count, out) {
      out.fill(0);
      for (let i = 0; i < count; i++) {
        const r = table.row(feats[i] as number);
        if (r < 0) continue;
        for (let j = 0; j < NUM_TAGS; j++) out[j] = (out[j] as number) + (table.weights[r + half + j] as number);
      }
    },
  };
}


const AWKWARD = [
  'PRESIDENT BIDEN MEETS MR. XI IN SAN FRANCISCO\nBy Jane Doe\n“We talked,” Biden said. Xi said “yes”.',
  'Ursula von der Leyen met Charles VI and Joseph R. Biden Jr. — then left. von der Leyen said so.',
  'Such said such things. Peter Such took 3-45. SUCH A DAY FOR SUCH.',
  'Ünal Özdemir and Łukasz Ćwik met Ἀλέξανδρος in Zürich; ÖZDEMIR later said nothing.',
  '',
  'no capitals at all in this one',
];

describe('fast tagger', () => {
  const { table, lexicons } = getModel();
  const texts = [...ARTICLES.map((a) => a.text), ...AWKWARD, ARTICLES.map((a) => a.text).join('\n\n')];

  it('gives exactly the reference tags in both passes', () => {
    for (const text of texts) {
      const toks = tokenize(text);
      const sentences = splitSentences(text, toks);
      const view = buildDocView(text, toks, sentences, lexicons);
      const first = drain(tagDocument(view, sentences, intScorer(table, 0)));
      const second = drain(tagDocument(view, sentences, intScorer(table, NUM_TAGS), buildDocLevel(view, first)));
      const fast = drain(tagTwoPass(view, sentences, table));
      expect(Array.from(fast.first)).toEqual(Array.from(first));
      expect(Array.from(fast.tags)).toEqual(Array.from(second));
    }
  });

  it('reports progress in order and ends at the whole', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Anna Berg${i} spoke.`).join(' ');
    const toks = tokenize(text);
    const sentences = splitSentences(text, toks);
    const g = tagTwoPass(buildDocView(text, toks, sentences, lexicons), sentences, table);
    const seen: number[] = [];
    for (let r = g.next(); !r.done; r = g.next()) seen.push(r.value);
    expect(seen.length).toBeGreaterThan(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBeLessThanOrEqual(1);
  });
});
