/**
 * Marks: what the reader sees highlighted, as text spans. An analysis (engine output, offsets in
 * one chunk's text) becomes a flat list of marks — each official's mentions, each claim's
 * content and cue, each outlet credit — and a `MarkIndex` answers "which mark is at this
 * offset?" for hit-testing. Pure: no DOM.
 */
import { runToEnd } from '../core/run-steps.ts';
import type { Analysis } from '../core/types.ts';

export type MarkKind = 'official' | 'claim' | 'cue' | 'outlet';

export interface Mark {
  kind: MarkKind;
  /** [start, end) in the chunk's text. */
  start: number;
  end: number;
  /** The person this mark is about (official mention, or a claim's source person), else null. */
  person: number | null;
  /** The claim this mark belongs to (claim content or cue), else null. */
  claim: number | null;
  /** Index of the outlet credit (kind 'outlet'), else null. */
  outlet: number | null;
}

const BUCKETS = 4096;

/**
 * The offset before which at most `limit` marks start (every span start counted), found with a
 * histogram in one pass and no allocation per span, so a huge page builds only the marks it
 * will paint.
 */
function cutoffFor(analysis: Analysis, limit: number): number {
  const length = Math.max(1, analysis.length);
  const counts = new Uint32Array(BUCKETS);
  const bucket = (at: number): number => Math.min(BUCKETS - 1, Math.floor((at / length) * BUCKETS));
  let total = 0;
  for (const p of analysis.people) {
    if (p.title === null) continue;
    for (const m of p.mentions) {
      counts[bucket(m.start)]!++;
      total++;
    }
  }
  for (const c of analysis.claims) {
    for (const [start] of c.contentSpans) {
      counts[bucket(start)]!++;
      total++;
    }
    counts[bucket(c.cue.start)]!++;
    total++;
  }
  for (const o of analysis.outlets) {
    counts[bucket(o.start)]!++;
    total++;
  }
  if (total <= limit) return Infinity;
  let seen = 0;
  for (let b = 0; b < BUCKETS; b++) {
    seen += counts[b]!;
    if (seen > limit) return (b / BUCKETS) * length;
  }
  return Infinity;
}

/** Spans looked at between two yields of `marksFromAnalysisSteps`. */
const SLICE_SPANS = 4000;

/**
 * Builds the marks of one analysis, sorted by start (then longest first). With `limit`, only
 * marks starting early enough that about `limit` of them are kept (a few fewer at most).
 */
export function marksFromAnalysis(analysis: Analysis, limit = Infinity): Mark[] {
  return runToEnd(marksFromAnalysisSteps(analysis, limit));
}

/**
 * `marksFromAnalysis` in slices: yields every few thousand spans, so a page with 100k+ spans
 * builds its marks without one long task (the caller pauses between yields).
 */
export function* marksFromAnalysisSteps(
  analysis: Analysis,
  limit = Infinity,
): Generator<number, Mark[], void> {
  const marks: Mark[] = [];
  const cutoff = Number.isFinite(limit) ? cutoffFor(analysis, limit) : Infinity;
  let looked = 0;
  yield looked;
  const valid = (s: number, e: number): boolean =>
    Number.isInteger(s) &&
    Number.isInteger(e) &&
    s >= 0 &&
    e > s &&
    e <= analysis.length &&
    s < cutoff;
  for (let i = 0; i < analysis.people.length; i++) {
    const p = analysis.people[i]!;
    if (p.title === null) continue;
    for (const m of p.mentions) {
      if (++looked % SLICE_SPANS === 0) yield looked;
      if (m.kind === 'pronoun' || !valid(m.start, m.end)) continue;
      marks.push({
        kind: 'official',
        start: m.start,
        end: m.end,
        person: i,
        claim: null,
        outlet: null,
      });
    }
  }
  for (let i = 0; i < analysis.claims.length; i++) {
    const c = analysis.claims[i]!;
    if (++looked % SLICE_SPANS === 0) yield looked;
    const person = c.sourcePerson;
    for (const [s, e] of c.contentSpans) {
      if (valid(s, e))
        marks.push({ kind: 'claim', start: s, end: e, person, claim: i, outlet: null });
    }
    if (valid(c.cue.start, c.cue.end)) {
      marks.push({
        kind: 'cue',
        start: c.cue.start,
        end: c.cue.end,
        person,
        claim: i,
        outlet: null,
      });
    }
  }
  yield looked;
  analysis.outlets.forEach((o, i) => {
    if (valid(o.start, o.end))
      marks.push({
        kind: 'outlet',
        start: o.start,
        end: o.end,
        person: null,
        claim: null,
        outlet: i,
      });
  });
  yield looked;
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Official marks for the mentions of `people` (indexes into `analysis.people`) whatever title
 * the analysis gives them: people the store knows in a role this article does not name.
 */
export function officialMarks(analysis: Analysis, people: ReadonlySet<number>): Mark[] {
  const marks: Mark[] = [];
  for (const i of people) {
    for (const m of analysis.people[i]?.mentions ?? []) {
      if (m.kind === 'pronoun' || !(m.end > m.start && m.start >= 0 && m.end <= analysis.length)) continue;
      marks.push({ kind: 'official', start: m.start, end: m.end, person: i, claim: null, outlet: null });
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Marks sorted by start with a running maximum of ends, for containment queries in O(log n + k). */
export class MarkIndex<M extends { start: number; end: number }> {
  private readonly sorted: M[];
  private readonly maxEnd: number[];

  constructor(marks: M[]) {
    this.sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let m = -1;
    for (const x of this.sorted) {
      m = Math.max(m, x.end);
      this.maxEnd.push(m);
    }
  }

  /** Adds a mark that sorts after every mark already here (marks painted in order). */
  append(mark: M): void {
    this.sorted.push(mark);
    this.maxEnd.push(Math.max(this.maxEnd[this.maxEnd.length - 1] ?? -1, mark.end));
  }

  get size(): number {
    return this.sorted.length;
  }

  /** All marks with start <= offset < end. */
  containing(offset: number): M[] {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let i = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as M).start <= offset) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const out: M[] = [];
    for (let j = i; j >= 0 && (this.maxEnd[j] ?? -1) > offset; j--) {
      const m = this.sorted[j] as M;
      if (m.end > offset) out.push(m);
    }
    return out;
  }

  /** The most specific mark at `offset`: the shortest one containing it (a name inside a quote). */
  at(offset: number): M | null {
    let best: M | null = null;
    for (const m of this.containing(offset))
      if (!best || m.end - m.start < best.end - best.start) best = m;
    return best;
  }
}
