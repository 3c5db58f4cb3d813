/**
 * A safety net for plain reporting verbs the cue tagger scored just below its threshold:
 * "Mayor Jane Doe stated there was no threat", "…, officials warned". Only unambiguous verb forms
 * in a clear reporting frame count, and never inside a quotation.
 */
import { WordClass, type TokenContext } from './context.ts';

const FORMS = new Set([
  'said', 'says', 'stated', 'states', 'told', 'tells', 'announced', 'warned', 'warns', 'suggested',
  'suggests', 'noted', 'notes', 'emphasized', 'emphasised', 'emphasizes', 'added', 'adds', 'claimed',
  'claims', 'argued', 'argues', 'insisted', 'insists', 'explained', 'declared', 'tweeted', 'wrote',
  'stressed', 'acknowledged', 'admitted', 'reported', 'reports', 'asserted', 'contended', 'predicted',
  'confirmed', 'highlighted', 'observed', 'remarked', 'recalled', 'maintained', 'reiterated',
  'allege', 'alleges', 'alleged',
]);

/** Verbs that report only with a clause after "that" ("has estimated that", "found that"). */
const THAT_FORMS = new Set([
  'estimated', 'estimates', 'found', 'finds', 'showed', 'shows', 'concluded', 'concludes',
  'believes', 'believed', 'believe', 'revealed', 'reveals', 'indicated', 'indicates',
  'projected', 'projects', 'forecast', 'forecasts', 'calculated', 'determined', 'ruled', 'agreed',
]);

/** Participles that continue or report speech ("…, adding that …", "for saying that …"). */
const PARTICIPLES = new Set([
  'saying', 'adding', 'arguing', 'noting', 'claiming', 'insisting', 'warning', 'suggesting', 'explaining',
  'telling', 'asserting', 'stressing', 'acknowledging', 'admitting', 'declaring', 'blaming',
]);

const BLOCK_BEFORE = new Set(['to', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);

function clauseStart(c: number): boolean {
  return c === WordClass.That || c === WordClass.Pronoun || c === WordClass.Determiner ||
    c === WordClass.Capitalised || c === WordClass.AllCaps || c === WordClass.Number || c === WordClass.OpenQuote;
}

function subjectLike(c: number): boolean {
  return c === WordClass.Pronoun || c === WordClass.Capitalised || c === WordClass.AllCaps ||
    c === WordClass.Lower || c === WordClass.Comma || c === WordClass.CloseQuote;
}

/** Cue spans for reporting verbs not already covered by `cues`. Linear in the token count. */
export function findSpeechCues(ctx: TokenContext, cues: Array<[number, number]>): Array<[number, number]> {
  const covered = new Uint8Array(ctx.n);
  for (const [a, b] of cues) for (let i = a; i < b; i++) covered[i] = 1;
  const out: Array<[number, number]> = [];
  for (let i = 1; i + 1 < ctx.n; i++) {
    if (covered[i] || ctx.inQuote[i] === 1) continue;
    const w = ctx.lower[i] as string;
    // Cheap test first: this loop sees every token.
    const part = w.length > 5 && w.charCodeAt(w.length - 1) === 103 && PARTICIPLES.has(w);
    if (!FORMS.has(w) && !part && !(THAT_FORMS.has(w) && ctx.cls[i + 1] === WordClass.That)) continue;
    if (BLOCK_BEFORE.has(ctx.lower[i - 1] as string)) continue;
    if (ctx.sent[i - 1] !== ctx.sent[i] || ctx.sent[i + 1] !== ctx.sent[i]) continue;
    const next = ctx.lower[i + 1] as string;
    const pc = ctx.cls[i - 1] as number;
    if (!subjectLike(pc) && !(part && (pc === WordClass.Preposition || pc === WordClass.Conjunction))) continue;
    // A participle after a comma may take a plain object: "…, blaming gaps in vaccination".
    const object = part && pc === WordClass.Comma && ctx.cls[i + 1] === WordClass.Lower;
    if (!clauseStart(ctx.cls[i + 1] as number) && next !== 'there' && next !== 'no' && !object) continue;
    out.push([i, i + 1]);
  }
  return out;
}
