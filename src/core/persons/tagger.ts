/**
 * Greedy left-to-right BILOU tagging of one document with the averaged-perceptron weights.
 * This is the reference loop the trainer learns with; the shipped engine runs the equivalent,
 * faster fast-tagger.ts (a unit test checks they agree).
 *
 * Only tokens with an upper-case letter are scored, plus whatever continues an entity already
 * opened ("Ursula von der Leyen"); every other token is O without a look-up. That keeps tagging
 * fast on long pages, and the trainer uses the same loop so it learns under the same rule.
 *
 * The tagger remembers what it said about each word earlier in the document (its "history"),
 * a feature that makes "Such" a person all through a cricket report once "Peter Such" was one.
 */
import type { SentenceRange } from '../tokenize.ts';
import { type DocView, F_CANDIDATE } from './doc-view.ts';
import { extractFeatures, MAX_FEATURES } from './features.ts';
import { NUM_TAGS, O, B, I, L, U, ALLOWED, CAN_END, allowed, canEnd, tagPart, tagType, makeTag, PER } from './tags.ts';
import type { Scorer } from './weights.ts';
import type { DocLevel } from './doc-level.ts';
import { work } from './work-meter.ts';

/** History bits: 0..3 entity types; 4 last word of a multi-word person; 5 first word of one. */
export const H_PER_LAST = 1 << 4;
export const H_PER_FIRST = 1 << 5;
export const H_PER_INNER = 1 << 6;

/** Hooks the trainer passes to learn while tagging. */
export interface Learner {
  gold: Uint8Array;
  update(feats: Int32Array, count: number, goldTag: number, predicted: number): void;
}

/** Scratch buffers reused across tokens. */
export interface TagState {
  hist: Map<number, number>;
  feats: Int32Array;
  scores: Float64Array;
}

export function newTagState(): TagState {
  return { hist: new Map(), feats: new Int32Array(MAX_FEATURES), scores: new Float64Array(NUM_TAGS) };
}

/** The correct tag given what was predicted before (so learning never asks for the impossible). */
function oracle(prev: number, gold: number): number {
  if (allowed(prev, gold)) return gold;
  const pp = prev < 0 ? O : tagPart(prev);
  if (pp === B || pp === I) return makeTag(tagType(prev), L);
  const gp = tagPart(gold);
  if (gp === I) return makeTag(tagType(gold), B);
  if (gp === L) return makeTag(tagType(gold), U);
  return gold;
}

function remember(v: DocView, hist: Map<number, number>, first: number, last: number, type: number): void {
  for (let t = first; t <= last; t++) {
    const h = v.lower[t] as number;
    let bits = (hist.get(h) ?? 0) | (1 << type);
    if (type === PER && last > first) {
      if (t === last) bits |= H_PER_LAST;
      else if (t === first) bits |= H_PER_FIRST;
      else bits |= H_PER_INNER;
    }
    hist.set(h, bits);
  }
}

/** Tags tokens `[first, last)` of one sentence into `tags`. */
export function tagSentence(
  v: DocView,
  first: number,
  last: number,
  scorer: Scorer,
  st: TagState,
  tags: Uint8Array,
  learner?: Learner,
  doc: DocLevel | null = null,
): void {
  const { hist, feats, scores } = st;
  let entityStart = -1;
  work.steps += last - first;
  for (let t = first; t < last; t++) {
    const prev = t > first ? (tags[t - 1] as number) : -1;
    const prev2 = t > first + 1 ? (tags[t - 2] as number) : -1;
    const pp = prev < 0 ? O : tagPart(prev);
    const open = pp === B || pp === I;
    if (!open && !((v.flags[t] as number) & F_CANDIDATE)) {
      tags[t] = O;
      continue;
    }
    const nf = extractFeatures(v, t, prev, prev2, hist.get(v.lower[t] as number) ?? 0, feats, doc);
    scorer.score(feats, nf, scores);
    const isLast = t === last - 1;
    let best = -1;
    let bestScore = -Infinity;
    const row = (prev + 1) * NUM_TAGS;
    for (let j = 0; j < NUM_TAGS; j++) {
      if (ALLOWED[row + j] === 0 || (isLast && CAN_END[j] === 0)) continue;
      const s = scores[j] as number;
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    if (learner) {
      let g = oracle(prev, learner.gold[t] as number);
      if (isLast && !canEnd(g)) g = tagPart(g) === B ? makeTag(tagType(g), U) : makeTag(tagType(g), L);
      if (g !== best) learner.update(feats, nf, g, best);
    }
    tags[t] = best;
    const part = tagPart(best);
    if (part === B) entityStart = t;
    else if (part === U) remember(v, hist, t, t, tagType(best));
    else if (part === L) remember(v, hist, entityStart < 0 ? t : entityStart, t, tagType(best));
  }
}

/** Tags a whole document, yielding the fraction of sentences done every `every` sentences. */
export function* tagDocument(
  v: DocView,
  sentences: SentenceRange[],
  scorer: Scorer,
  doc: DocLevel | null = null,
  every = 200,
): Generator<number, Uint8Array, void> {
  const tags = new Uint8Array(v.n);
  const st = newTagState();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as SentenceRange;
    tagSentence(v, s.first, s.last, scorer, st, tags, undefined, doc);
    if ((i + 1) % every === 0) yield (i + 1) / sentences.length;
  }
  return tags;
}

export interface EntitySpan {
  type: number;
  /** First token and last token (inclusive). */
  first: number;
  last: number;
}

/** Reads entity spans out of BILOU tags. */
export function entitiesOf(tags: Uint8Array): EntitySpan[] {
  const out: EntitySpan[] = [];
  let start = -1;
  for (let t = 0; t < tags.length; t++) {
    const tag = tags[t] as number;
    const p = tagPart(tag);
    if (p === U) out.push({ type: tagType(tag), first: t, last: t });
    else if (p === B) start = t;
    else if (p === L && start >= 0) {
      out.push({ type: tagType(tag), first: start, last: t });
      start = -1;
    }
  }
  return out;
}
