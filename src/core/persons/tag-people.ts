/**
 * Runs the tagger over a document and returns its entity spans (token ranges with a type).
 */
import type { Tokens, SentenceRange } from '../tokenize.ts';
import { buildDocView, type DocView } from './doc-view.ts';
import type { Model } from './model-file.ts';
import { tagDocument, entitiesOf, type EntitySpan } from './tagger.ts';
import { buildDocLevel } from './doc-level.ts';

export interface Tagged {
  view: DocView;
  tags: Uint8Array;
  entities: EntitySpan[];
}

export function* tagPeople(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
  model: Model,
): Generator<number, Tagged, void> {
  const view = buildDocView(text, toks, sentences, model.lexicons);
  const first = yield* half(tagDocument(view, sentences, model.weights), 0);
  const tags = yield* half(tagDocument(view, sentences, model.weights2, buildDocLevel(view, first)), 0.5);
  return { view, tags, entities: entitiesOf(tags) };
}

/** Maps a pass's progress in [0, 1] to half of the whole. */
function* half(g: Generator<number, Uint8Array, void>, offset: number): Generator<number, Uint8Array, void> {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
    yield offset + r.value / 2;
  }
}
