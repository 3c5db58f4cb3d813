/**
 * The group sums kept across documents must be the sums the features give, whatever was seen
 * before, and a document paused while the sums start over (another document filled them) must
 * still get exactly the tags it gets alone.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, splitSentences } from '../tokenize.ts';
import { buildDocView, type DocView } from './doc-view.ts';
import { tagTwoPass } from './fast-tagger.ts';
import { getModel } from './model.ts';
import { GroupSums, groupSumsOf, WORD, LEFT, LEFT2, RIGHT, RIGHT2 } from './group-sums.ts';
import { wordFeatures, leftFeatures, left2Features, rightFeatures, right2Features, MAX_FEATURES } from './features.ts';
import { ROW, type PairTable } from './pair-table.ts';
import { ARTICLES } from './fixtures/articles.ts';
import { seededRandom } from '../seeded-random.ts';
import { runToEnd as drain } from '../run-steps.ts';

const FEATURES = [wordFeatures, leftFeatures, left2Features, rightFeatures, right2Features];

/** The sum of group `g` for token `u`, straight from the features. */
function direct(table: PairTable, v: DocView, g: number, u: number): number[] {
  const f = new Int32Array(MAX_FEATURES);
  const k = (FEATURES[g] as typeof wordFeatures)(v, u, f, 0);
  const out = new Array<number>(ROW).fill(0);
  for (let i = 0; i < k; i++) {
    const r = table.row(f[i] as number);
    if (r >= 0) for (let j = 0; j < ROW; j++) out[j] = (out[j] as number) + (table.weights[r + j] as number);
  }
  return out;
}

function view(text: string): { v: DocView; sentences: ReturnType<typeof splitSentences> } {
  const toks = tokenize(text);
  const sentences = splitSentences(text, toks);
  return { v: buildDocView(text, toks, sentences, getModel().lexicons), sentences };
}

/** Capitalised nonsense words, all different: fills the sums quickly. */
function manyNames(seed: number, count: number): string {
  const rnd = seededRandom(seed);
  const word = (): string => {
    let w = String.fromCharCode(65 + Math.floor(rnd() * 26));
    for (let i = 0; i < 6; i++) w += String.fromCharCode(97 + Math.floor(rnd() * 26));
    return w;
  };
  return Array.from({ length: count }, () => `${word()} ${word()} met ${word()}.`).join(' ');
}

describe('group sums kept across documents', () => {
  const { table } = getModel();

  it('give the features’ own sums, across documents and after starting over', () => {
    const gs = new GroupSums(table, 64);
    for (const text of [...ARTICLES.map((a) => a.text), manyNames(1, 50), ARTICLES.map((a) => a.text).join(' ')]) {
      gs.startDocument();
      const { v } = view(text);
      for (let u = -1; u < Math.min(v.n, 400); u++) {
        for (const g of [WORD, LEFT, LEFT2, RIGHT, RIGHT2]) {
          if (g === WORD && u < 0) continue;
          const at = gs.sum(g, v, u);
          expect(Array.from(gs.data.subarray(at, at + ROW))).toEqual(direct(table, v, g, u));
        }
      }
    }
  });

  it('a paused document keeps its tags when another one makes the sums start over', () => {
    const text = Array.from({ length: 30 }, () => ARTICLES.map((a) => a.text).join('\n\n')).join('\n\n');
    const alone = view(text);
    const expected = drain(tagTwoPass(alone.v, alone.sentences, table));

    const paused = view(text);
    const g = tagTwoPass(paused.v, paused.sentences, table);
    expect(g.next().done).toBe(false);
    const epoch = groupSumsOf(table).epoch;
    // More new words than the sums keep, then one more document, which starts them over.
    for (const other of [manyNames(2, 6000), 'Anna Berg spoke.']) {
      const o = view(other);
      drain(tagTwoPass(o.v, o.sentences, table));
    }
    expect(groupSumsOf(table).epoch).toBeGreaterThan(epoch);
    const got = drain(g);
    expect(Array.from(got.first)).toEqual(Array.from(expected.first));
    expect(Array.from(got.tags)).toEqual(Array.from(expected.tags));
  });
});
