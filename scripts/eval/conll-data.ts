/**
 * Reading the CoNLL-2003 JSONL files in ../shared/data (see its README) and lining their
 * character spans up with our tokens. Used by the trainer and the persons evaluation.
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tokens } from '../../src/core/tokenize.ts';
import { B, I, L, U, makeTag } from '../../src/core/persons/tags.ts';

export type Span2 = [number, number];

export interface ConllDoc {
  id: string;
  text: string;
  sentences: Span2[];
  persons: Span2[];
  orgs: Span2[];
  locs: Span2[];
  misc: Span2[];
}

/** The default data directory: ../shared/data relative to the repository root. */
export function defaultDataDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'shared', 'data');
}

/** `--data DIR` from the command line, else the default. */
export function dataDirFromArgs(argv: string[]): string {
  const i = argv.indexOf('--data');
  const v = i >= 0 ? argv[i + 1] : undefined;
  return v ? resolve(v) : defaultDataDir();
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** BILOU tags for our tokens from gold entity spans (types in ENTITY_TYPES order). */
export function goldTags(doc: ConllDoc, toks: Tokens): Uint8Array {
  const tags = new Uint8Array(toks.count);
  const byType: Span2[][] = [doc.persons, doc.orgs, doc.locs, doc.misc];
  // Token index by start offset, for a linear alignment.
  let t = 0;
  const spans: Array<{ s: number; e: number; type: number }> = [];
  byType.forEach((list, type) => list.forEach(([s, e]) => spans.push({ s, e, type })));
  spans.sort((a, b) => a.s - b.s);
  for (const { s, e, type } of spans) {
    while (t > 0 && (toks.end[t - 1] as number) > s) t--;
    while (t < toks.count && (toks.end[t] as number) <= s) t++;
    const first = t;
    let last = t - 1;
    while (last + 1 < toks.count && (toks.start[last + 1] as number) < e) last++;
    if (last < first) continue;
    if (first === last) tags[first] = makeTag(type, U);
    else {
      tags[first] = makeTag(type, B);
      for (let k = first + 1; k < last; k++) tags[k] = makeTag(type, I);
      tags[last] = makeTag(type, L);
    }
  }
  return tags;
}
