/**
 * Runs the tagger over a document and returns its entity spans (token ranges with a type).
 */
import type { Tokens, SentenceRange } from '../tokenize.ts';
import { buildDocView, F_ALL_CAPS, F_CAPITALISED, F_WORD, type DocView } from './doc-view.ts';
import type { Model } from './model-file.ts';
import { entitiesOf, type EntitySpan } from './tagger.ts';
import { tagTwoPass } from './fast-tagger.ts';

export interface Tagged {
  view: DocView;
  tags: Uint8Array;
  entities: EntitySpan[];
}

/** True when token `t` is a word written with a capital (or in capitals). */
export function isNameWord(tagged: Tagged, t: number): boolean {
  const f = tagged.view.flags[t] as number;
  return (f & F_WORD) !== 0 && (f & (F_CAPITALISED | F_ALL_CAPS)) !== 0;
}

export function* tagPeople(
  text: string,
  toks: Tokens,
  sentences: SentenceRange[],
  model: Model,
): Generator<number, Tagged, void> {
  const view = buildDocView(text, toks, sentences, model.lexicons);
  const { tags } = yield* tagTwoPass(view, sentences, model.table);
  return { view, tags, entities: entitiesOf(tags) };
}
