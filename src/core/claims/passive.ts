/**
 * Impersonal passive reports: "it was reported that …", "it is understood that …". The whole
 * "it was reported" is the cue and there is no source. The taggers rarely see these in news
 * training data, so a rule finds them and widens a tagged participle cue to the full phrase.
 */
import type { TokenContext } from './context.ts';

const BE = new Set(['is', 'was', 'has', 'had', 'been', 'be', 'being', 'will', 'would', 'are', 'were']);
const PARTICIPLES = new Set([
  'reported', 'said', 'announced', 'claimed', 'alleged', 'believed', 'understood', 'learned',
  'learnt', 'suggested', 'stated', 'noted', 'confirmed', 'known', 'thought', 'rumored',
  'rumoured', 'argued', 'estimated', 'expected', 'feared', 'hoped', 'assumed', 'revealed',
  'disclosed', 'indicated', 'emphasized', 'emphasised', 'stressed', 'acknowledged', 'predicted',
  'speculated', 'assessed', 'agreed', 'decided', 'recommended', 'proposed', 'observed',
]);

/** If tokens before the participle at `p` read "it + be-forms", the index of "it"; else -1. */
export function passiveStart(ctx: TokenContext, p: number): number {
  if (!PARTICIPLES.has(ctx.lower[p] as string)) return -1;
  let j = p - 1;
  let be = 0;
  while (j >= 0 && be < 3 && BE.has(ctx.lower[j] as string) && ctx.sent[j] === ctx.sent[p]) {
    j--;
    be++;
  }
  if (be === 0 || j < 0 || ctx.lower[j] !== 'it' || ctx.sent[j] !== ctx.sent[p]) return -1;
  return j;
}

/**
 * Cue spans `[first, last)` for passive reports not already covered by `cues`: "it" + be-forms
 * + participle, followed by "that" or a comma. Linear in the token count.
 */
export function findPassiveCues(ctx: TokenContext, cues: Array<[number, number]>): Array<[number, number]> {
  const covered = new Uint8Array(ctx.n);
  for (const [a, b] of cues) for (let i = a; i < b; i++) covered[i] = 1;
  const out: Array<[number, number]> = [];
  for (let p = 1; p + 1 < ctx.n; p++) {
    const next = ctx.lower[p + 1];
    if (next !== 'that' && next !== ',') continue;
    const it = passiveStart(ctx, p);
    if (it < 0) continue;
    let free = true;
    for (let i = it; i <= p; i++) if (covered[i]) free = false;
    if (free) out.push([it, p + 1]);
  }
  return out;
}
