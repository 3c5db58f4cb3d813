/**
 * The human reference line for the attribution scores: PolNeAR has a second annotation for some
 * articles (`alt_annotations`), and scoring the second annotator against the first, with the
 * same one-to-one matching, shows how far two careful people agree on cue, source and content.
 * Goals above this line are goals above human agreement on this data.
 */
import { addMatches, emptyScores, ROLES, goldSpans, type Scores } from './claims.ts';
import type { Pair, PolnearAttribution, PolnearDoc } from './claims-data.ts';

interface AltAnnotations {
  alt_annotations?: Record<string, { attributions: PolnearAttribution[] }>;
}

/** Second annotators scored against the first; `pairs` counts the double-annotated articles. */
export function annotatorAgreement(docs: PolnearDoc[]): { scores: Scores; pairs: number } {
  const scores = emptyScores();
  let pairs = 0;
  for (const doc of docs) {
    for (const alt of Object.values((doc as PolnearDoc & AltAnnotations).alt_annotations ?? {})) {
      pairs++;
      const other = { ...doc, attributions: alt.attributions };
      for (const role of ROLES) {
        const pred: Pair[] = goldSpans(other, role);
        const gold = goldSpans(doc, role);
        for (const mode of ['exact', 'overlap'] as const) addMatches(pred, gold, mode, scores[role][mode]);
      }
    }
  }
  return { scores, pairs };
}
