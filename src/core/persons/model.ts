/**
 * The shipped tagger model, decoded lazily on first use and kept for the life of the page.
 * The JSON is bundled with the engine (see scripts/train.ts for how it is made).
 */
import raw from '../model/persons.json' with { type: 'json' };
import { decodeModel, type Model, type ModelFile } from './model-file.ts';

let cached: Model | null = null;

export function getModel(): Model {
  if (cached === null) cached = decodeModel(raw as ModelFile);
  return cached;
}
