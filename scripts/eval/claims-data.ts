/**
 * PolNeAR loading for the claims trainer and evaluator: reads the JSONL by path and maps the
 * annotated character spans onto tokens, exactly as the engine tokenises the text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize, splitSentences, type Tokens } from '../../src/core/tokenize.ts';
import { buildContext, type TokenContext } from '../../src/core/claims/context.ts';

export type Pair = [number, number];

export interface PolnearAttribution {
  id: string;
  source: Pair | null;
  cue: Pair | null;
  content: Pair | null;
  source_spans: Pair[];
  cue_spans: Pair[];
  content_spans: Pair[];
}

export interface PolnearDoc {
  id: string;
  publisher: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** Default data folder: ../shared/data next to the repository. */
export function defaultDataDir(): string {
  return resolve(import.meta.dirname, '../../../shared/data');
}

export function loadPolnear(path: string): PolnearDoc[] {
  const out: PolnearDoc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    out.push(JSON.parse(line) as PolnearDoc);
  }
  return out;
}

export interface PreparedDoc {
  doc: PolnearDoc;
  toks: Tokens;
  ctx: TokenContext;
}

export function prepare(doc: PolnearDoc): PreparedDoc {
  const toks = tokenize(doc.text);
  const sentences = splitSentences(doc.text, toks);
  return { doc, toks, ctx: buildContext(doc.text, toks, sentences) };
}

/** Tokens overlapping the character span `[s, e)`, as `[first, last)`; null when none. */
export function tokenSpan(toks: Tokens, s: number, e: number): Pair | null {
  let lo = 0;
  let hi = toks.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks.end[mid] as number) <= s) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < toks.count && (toks.start[last] as number) < e) last++;
  return last > lo ? [lo, last] : null;
}
