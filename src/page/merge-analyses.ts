/**
 * A page read in several chunks (the article, then text added later) is stored as ONE article:
 * the chunks' texts joined with "\n" and their analyses shifted into that joined text. Chunks
 * only ever append, so offsets already sent never move and the store never duplicates a claim.
 * Pure: strings and engine types in, the same out.
 */
import { runToEnd } from '../core/run-steps.ts';
import type { Analysis, Claim, Person, TextSpan } from '../core/types.ts';

export interface MergedAnalysis {
  text: string;
  analysis: Analysis;
  /** For each input chunk: where its text starts in `text` and its first person/claim index. */
  bases: Array<{ offset: number; person: number; claim: number; outlet: number }>;
}

/** Moves a span by `by` in place (for analyses nobody else holds). */
function moveSpan(s: TextSpan, by: number): void {
  s.start += by;
  s.end += by;
}

/** A copy of `a` whose spans can be moved without touching `a`. */
function copyOf(a: Analysis): Analysis {
  return {
    ...a,
    people: a.people.map((p) => ({
      ...p,
      titleSpan: p.titleSpan ? { ...p.titleSpan } : null,
      mentions: p.mentions.map((m) => ({ ...m })),
    })),
    claims: a.claims.map((c) => ({
      ...c,
      source: c.source ? { ...c.source } : null,
      cue: { ...c.cue },
      content: { ...c.content },
      contentSpans: c.contentSpans.map(([s, e]) => [s, e] as [number, number]),
    })),
    outlets: a.outlets.map((o) => ({ ...o })),
  };
}

/**
 * Shifts one analysis's spans by `offset` in place: the pieces of a huge page come fresh from
 * the worker and nothing else holds them, so moving them costs no allocation (copying 150k
 * spans is a long task of its own).
 */
function shiftInPlace(analysis: Analysis, offset: number, personBase: number): void {
  if (offset === 0 && personBase === 0) return;
  for (const p of analysis.people) {
    if (p.titleSpan) moveSpan(p.titleSpan, offset);
    for (const m of p.mentions) moveSpan(m, offset);
  }
  for (const c of analysis.claims) {
    if (c.source) moveSpan(c.source, offset);
    if (c.sourcePerson !== null) c.sourcePerson += personBase;
    moveSpan(c.cue, offset);
    moveSpan(c.content, offset);
    for (const piece of c.contentSpans) {
      piece[0] += offset;
      piece[1] += offset;
    }
  }
  for (const o of analysis.outlets) moveSpan(o, offset);
}

/**
 * Joins the analyses of consecutive chunks into one over their texts joined with "\n".
 * `inPlace` moves the given analyses' spans instead of copying them: only for analyses the
 * caller owns outright (fresh worker replies).
 */
export function mergeAnalyses(
  chunks: ReadonlyArray<{ text: string; analysis: Analysis }>,
  options: { inPlace?: boolean } = {},
): MergedAnalysis {
  return runToEnd(mergeAnalysesSteps(chunks, options));
}

/**
 * `mergeAnalyses` in steps: yields after each chunk, so the pieces of a 5 MB page (20 of them,
 * 150k spans) are shifted in slices rather than in the task that received the last reply.
 */
export function* mergeAnalysesSteps(
  chunks: ReadonlyArray<{ text: string; analysis: Analysis }>,
  options: { inPlace?: boolean } = {},
): Generator<number, MergedAnalysis, void> {
  // One chunk (the usual case, and the huge-page case): nothing to shift, nothing to copy.
  if (chunks.length === 1) {
    const only = chunks[0]!;
    return {
      text: only.text,
      analysis: only.analysis,
      bases: [{ offset: 0, person: 0, claim: 0, outlet: 0 }],
    };
  }
  const texts: string[] = [];
  const people: Person[] = [];
  const claims: Claim[] = [];
  const outlets: Analysis['outlets'] = [];
  const bases: MergedAnalysis['bases'] = [];
  let offset = 0;
  for (const { text, analysis } of chunks) {
    if (texts.length > 0) offset += 1; // the "\n" between chunks
    bases.push({ offset, person: people.length, claim: claims.length, outlet: outlets.length });
    const personBase = people.length;
    // Chunks already painted keep their own offsets, so they are shifted as copies; fresh
    // worker replies (`inPlace`) are moved as they are.
    const moved = options.inPlace ? analysis : copyOf(analysis);
    shiftInPlace(moved, offset, personBase);
    for (const p of moved.people) people.push(p);
    for (const c of moved.claims) claims.push(c);
    for (const o of moved.outlets) outlets.push(o);
    texts.push(text);
    offset += text.length;
    yield texts.length;
  }
  const joined = texts.join('\n');
  return { text: joined, analysis: { length: joined.length, people, claims, outlets }, bases };
}

/**
 * A 53-bit string hash (cyrb53), hex. Not cryptographic: it only tells the store whether a
 * page's text changed since the last visit.
 */
export function textHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
