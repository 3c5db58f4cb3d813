/**
 * Loads the shipped claim taggers once, on first use, so importing the engine costs nothing
 * until a text is analysed.
 */
import modelJson from '../model/claims.json' with { type: 'json' };
import { LinearTagger, type CompactTagger } from './model.ts';

interface ClaimModelFile {
  cue: CompactTagger;
  role: CompactTagger;
}

let cached: { cue: LinearTagger; role: LinearTagger } | null = null;

export function claimModels(): { cue: LinearTagger; role: LinearTagger } {
  if (cached === null) {
    const m = modelJson as unknown as ClaimModelFile;
    cached = { cue: new LinearTagger(m.cue), role: new LinearTagger(m.role) };
  }
  return cached;
}
