/** The perceptron training loop of scripts/train.ts: greedy tagging with updates on mistakes. */
import type { SentenceRange } from '../src/core/tokenize.ts';
import type { DocView } from '../src/core/persons/doc-view.ts';
import type { DocLevel } from '../src/core/persons/doc-level.ts';
import { tagSentence, newTagState } from '../src/core/persons/tagger.ts';
import { AveragedPerceptron } from '../src/core/persons/perceptron-train.ts';
import type { Scorer } from '../src/core/persons/weights.ts';
import { seededRandom } from '../src/core/seeded-random.ts';

export interface Example {
  view: DocView;
  sentences: SentenceRange[];
  gold: Uint8Array;
  fold: number;
}

/** Tags one example with `scorer` (no learning). */
export function tagExample(ex: Example, scorer: Scorer, level: DocLevel | null): Uint8Array {
  const tags = new Uint8Array(ex.view.n);
  const st = newTagState();
  for (const s of ex.sentences) tagSentence(ex.view, s.first, s.last, scorer, st, tags, undefined, level);
  return tags;
}

/**
 * Trains on `examples` for `epochs` passes in a seeded shuffled order. `levels`, when given, are
 * the first-pass document-level inputs, indexed like the full example list via `indexOf`.
 */
export function trainPerceptron(
  examples: Example[],
  epochs: number,
  seed: number,
  levels: DocLevel[] | null,
  all: Example[] = examples,
): AveragedPerceptron {
  const model = new AveragedPerceptron();
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const indexOf = new Map(all.map((e, i) => [e, i] as const));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const ex = examples[idx] as Example;
      const level = levels ? (levels[indexOf.get(ex) as number] as DocLevel) : null;
      const st = newTagState();
      const tags = new Uint8Array(ex.view.n);
      const learner = { gold: ex.gold, update: model.update.bind(model) };
      for (const s of ex.sentences) {
        tagSentence(ex.view, s.first, s.last, model, st, tags, learner, level);
        model.step += s.last - s.first;
      }
    }
  }
  return model;
}
