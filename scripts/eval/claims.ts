/**
 * Scores the claims engine: PolNeAR dev (cue, source and content spans, each scored separately
 * as span sets with one-to-one matching, exact and overlap, as the CLI contract specifies) and
 * the seeds' gold claims. Runs `analyze()` exactly as the product does.
 *
 *   npx tsx scripts/eval/claims.ts [--data ../shared/data] [--file path.jsonl] [--errors 20] [--limit N]
 */
import { resolve } from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { tokenize, splitSentences } from '../../src/core/tokenize.ts';
import { findClaims } from '../../src/core/claims/index.ts';
import type { Analysis, Claim } from '../../src/core/types.ts';
import { CUE_BIAS } from '../../src/core/claims/taggers.ts';
import { evalSeeds, formatSeedReport } from './seeds.ts';
import { matchSpans } from './span-score.ts';
import { defaultDataDir, loadPolnear, type Pair, type PolnearDoc } from './claims-data.ts';
import { runToEnd } from '../../src/core/run-steps.ts';

let personsBroken: string | null = null;

/**
 * `analyze(text)`, the product path. If the person finder (built in parallel) throws, falls back
 * to claims alone with no people, and says so once, so claim work is never blocked by it.
 */
export function analyzeForEval(text: string): Analysis {
  if (personsBroken === null) {
    try {
      return analyze(text);
    } catch (err) {
      personsBroken = (err as Error).message;
      console.error(`(analyze() threw "${personsBroken}"; scoring claims without people)`);
    }
  }
  const toks = tokenize(text);
  const steps = findClaims(text, toks, splitSentences(text, toks), []);
  return { length: text.length, people: [], ...runToEnd(steps) };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export type Role = 'cue' | 'source' | 'content';
export const ROLES: Role[] = ['cue', 'source', 'content'];

/** The predicted spans of one role. */
export function predictedSpans(claims: Claim[], role: Role): Pair[] {
  const out: Pair[] = [];
  for (const c of claims) {
    const s = role === 'cue' ? c.cue : role === 'source' ? c.source : c.content;
    if (s) out.push([s.start, s.end]);
  }
  return out;
}

/** The gold spans of one role (covering spans, as annotated). */
export function goldSpans(doc: PolnearDoc, role: Role): Pair[] {
  const out: Pair[] = [];
  for (const a of doc.attributions) {
    const s = a[role];
    if (s) out.push([s[0], s[1]]);
  }
  return out;
}

export type Scores = Record<Role, Record<'exact' | 'overlap', Counts>>;

export function emptyScores(): Scores {
  const z = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return { cue: { exact: z(), overlap: z() }, source: { exact: z(), overlap: z() }, content: { exact: z(), overlap: z() } };
}

interface ErrorSample {
  doc: string;
  role: Role;
  kind: 'missed' | 'spurious' | 'boundary';
  text: string;
  other?: string;
}

/** Matches `pred` to `gold` one to one and adds the counts to `c`; returns the matching. */
export function addMatches(pred: Pair[], gold: Pair[], mode: 'exact' | 'overlap', c: Counts): ReturnType<typeof matchSpans> {
  const m = matchSpans(pred, gold, mode);
  c.tp += m.tp;
  c.fp += m.fp;
  c.fn += m.fn;
  return m;
}

/** Adds one document's counts to `scores`; collects error samples. */
export function scoreDoc(doc: PolnearDoc, analysis: Analysis, scores: Scores, errors: ErrorSample[]): void {
  for (const role of ROLES) {
    const pred = predictedSpans(analysis.claims, role);
    const gold = goldSpans(doc, role);
    for (const mode of ['exact', 'overlap'] as const) {
      const m = addMatches(pred, gold, mode, scores[role][mode]);
      if (mode !== 'overlap') continue;
      const ex = matchSpans(pred, gold, 'exact');
      const t = doc.text;
      const q = (p: Pair): string => JSON.stringify(t.slice(p[0], p[1]).slice(0, 160));
      const ctx = (p: Pair): string => JSON.stringify(t.slice(Math.max(0, p[0] - 60), p[1] + 40).slice(0, 260));
      gold.forEach((g, j) => {
        const pi = m.goldMatch[j] as number;
        if (pi < 0) errors.push({ doc: doc.id, role, kind: 'missed', text: q(g), other: ctx(g) });
        else if ((ex.goldMatch[j] as number) < 0) errors.push({ doc: doc.id, role, kind: 'boundary', text: q(g), other: q(pred[pi] as Pair) });
      });
      pred.forEach((p, i) => {
        if ((m.predMatch[i] as number) < 0) errors.push({ doc: doc.id, role, kind: 'spurious', text: q(p), other: ctx(p) });
      });
    }
  }
}

export function formatScores(scores: Scores): string {
  const lines = ['role     match    P      R      F1     (tp/fp/fn)'];
  for (const role of ROLES) {
    for (const mode of ['exact', 'overlap'] as const) {
      const c = scores[role][mode];
      const s = prf(c);
      lines.push(`${role.padEnd(8)} ${mode.padEnd(8)} ${s.p.toFixed(3)}  ${s.r.toFixed(3)}  ${s.f1.toFixed(3)}  (${c.tp}/${c.fp}/${c.fn})`);
    }
  }
  return lines.join('\n');
}

/** Scores a PolNeAR file; returns the scores and error samples. */
export function evaluatePolnear(docs: PolnearDoc[]): { scores: Scores; errors: ErrorSample[]; chars: number; ms: number } {
  const scores = emptyScores();
  const errors: ErrorSample[] = [];
  let chars = 0;
  const t0 = performance.now();
  let ms = 0;
  for (const doc of docs) {
    const a0 = performance.now();
    const analysis = analyzeForEval(doc.text);
    ms += performance.now() - a0;
    chars += doc.text.length;
    scoreDoc(doc, analysis, scores, errors);
  }
  void t0;
  return { scores, errors, chars, ms };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  if (process.env.CUE_BIAS) CUE_BIAS.value = Number(process.env.CUE_BIAS);
  const dataDir = resolve(arg('data') ?? defaultDataDir());
  const file = arg('file') ?? resolve(dataDir, 'attribution/polnear_dev.jsonl');
  const nErr = Number(arg('errors') ?? '0');
  let docs = loadPolnear(file);
  const limit = arg('limit');
  if (limit) docs = docs.slice(0, Number(limit));
  const { scores, errors, chars, ms } = evaluatePolnear(docs);
  console.log(`PolNeAR ${file.split('/').pop()}: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} M chars, analyze ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
  console.log(formatScores(scores));
  if (nErr > 0) {
    const roleFilter = arg('role');
    const kindFilter = arg('kind');
    const pick = errors.filter((e) => (!roleFilter || e.role === roleFilter) && (!kindFilter || e.kind === kindFilter));
    // Deterministic spread over the list.
    const step = Math.max(1, Math.floor(pick.length / nErr));
    for (let i = 0; i < pick.length && i / step < nErr; i += step) {
      const e = pick[i] as ErrorSample;
      console.log(`[${e.role} ${e.kind}] ${e.text}\n      ${e.other ?? ''}`);
    }
  }
  console.log(`\n${formatSeedReport(evalSeeds(resolve(dataDir, '../seeds')))}`);
}

if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) main();
