/**
 * Loads the shipped claim taggers once, on first use, so importing the engine costs nothing
 * until a text is analysed.
 */
import modelJson from '../model/claims.json' with { type: 'json' };
import { LinearTagger, type CompactTagger } from './model.ts';
import { CueHeads } from './taggers.ts';
import { hashString } from './hash.ts';

interface ClaimModelFile {
  cue: CompactTagger;
  role: CompactTagger;
  /** Lower-cased words that head a cue often enough in training to be worth tagging around. */
  cueHeads: string[];
}

export interface ClaimModels {
  cue: LinearTagger;
  role: LinearTagger;
  heads: CueHeads;
}

let cached: ClaimModels | null = null;

export function claimModels(): ClaimModels {
  if (cached === null) {
    const m = modelJson as unknown as ClaimModelFile;
    cached = { cue: new LinearTagger(m.cue), role: new LinearTagger(m.role), heads: new CueHeads(m.cueHeads, hashString) };
  }
  return cached;
}
