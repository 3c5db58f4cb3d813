/**
 * Trains the two claim taggers (cues; source/content around a cue) as averaged structured
 * perceptrons on PolNeAR train, and writes src/core/model/claims.json.
 *
 *   npx tsx scripts/train-claims.ts [--data ../shared/data] [--epochs 8] [--prune 3] [--out src/core/model/claims.json]
 *     [--head-count 2] [--head-rate 0.1] [--cue-bits 18] [--role-bits 17] [--seed 20240611]
 *
 * Deterministic: fixed seed for the example order, integer feature hashing, no threads.
 * Data: PolNeAR train split (networkdynamics/PolNeAR, see ../shared/data/README.md).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { defaultDataDir, loadPolnear, prepare, tokenSpan, type PreparedDoc } from './eval/claims-data.ts';
import {
  Scratch, extractCue, extractRoles, roleWindow, CUE_TAGS, ROLE_TAGS, CUE_ALLOWED, ROLE_ALLOWED,
  SHARED_REACH, NESTED_REACH, CueHeads, cueRuns, sentenceHasQuote,
} from '../src/core/claims/taggers.ts';
import { hashString } from '../src/core/claims/hash.ts';
import { makeFrame } from '../src/core/claims/role-features.ts';
import { viterbi } from '../src/core/claims/viterbi.ts';
import { toBase64, writeVarints } from '../src/core/claims/codec.ts';
import type { CompactTagger } from '../src/core/claims/model.ts';
import { seededRandom as rng } from '../src/core/seeded-random.ts';


function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}


function shuffle<T>(xs: T[], r: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = t;
  }
}

/** An averaged perceptron over hashed features with BIO transitions. */
class Trainer {
  readonly T: number;
  readonly bits: number;
  readonly mask: number;
  readonly w: Float64Array;
  readonly u: Float64Array;
  readonly tw: Float64Array;
  readonly tu: Float64Array;
  c = 1;

  constructor(T: number, bits: number) {
    this.T = T;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.w = new Float64Array((1 << bits) * T);
    this.u = new Float64Array((1 << bits) * T);
    this.tw = new Float64Array((T + 1) * T);
    this.tu = new Float64Array((T + 1) * T);
  }

  emissions(sc: Scratch, n: number): Float32Array {
    const T = this.T;
    const em = new Float32Array(n * T);
    for (let i = 0; i < n; i++) {
      for (let f = sc.offs[i] as number; f < (sc.offs[i + 1] as number); f++) {
        const base = (((sc.feats[f] as number) & this.mask) >>> 0) * T;
        for (let t = 0; t < T; t++) em[i * T + t] = (em[i * T + t] as number) + (this.w[base + t] as number);
      }
    }
    return em;
  }

  /** One perceptron step on a sequence; returns the number of wrong tags. */
  step(sc: Scratch, n: number, gold: Uint8Array, allowed: Uint8Array, oFrom = -1, oTo = -1): number {
    const T = this.T;
    const em = this.emissions(sc, n);
    const pred = viterbi(em, n, T, Float32Array.from(this.tw), allowed, oFrom, oTo);
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i] as number;
      const p = pred[i] as number;
      if (g !== p) {
        wrong++;
        for (let f = sc.offs[i] as number; f < (sc.offs[i + 1] as number); f++) {
          const base = (((sc.feats[f] as number) & this.mask) >>> 0) * T;
          this.bump(this.w, this.u, base + g, 1);
          this.bump(this.w, this.u, base + p, -1);
        }
      }
      const gp = i === 0 ? T : (gold[i - 1] as number);
      const pp = i === 0 ? T : (pred[i - 1] as number);
      if (gp !== pp || g !== p) {
        this.bump(this.tw, this.tu, gp * T + g, 1);
        this.bump(this.tw, this.tu, pp * T + p, -1);
      }
    }
    this.c++;
    return wrong;
  }

  private bump(w: Float64Array, u: Float64Array, at: number, d: number): void {
    w[at] = (w[at] as number) + d;
    u[at] = (u[at] as number) + this.c * d;
  }

  /** Averages, quantises to int8 and keeps rows with some weight of at least `prune` steps. */
  compact(tags: string[], prune: number): CompactTagger {
    const T = this.T;
    const avg = new Float64Array(this.w.length);
    let max = 0;
    for (let i = 0; i < avg.length; i++) {
      const v = (this.w[i] as number) - (this.u[i] as number) / this.c;
      avg[i] = v;
      if (Math.abs(v) > max) max = Math.abs(v);
    }
    const scale = max / 127;
    const keys: number[] = [];
    const vals: number[] = [];
    let prev = 0;
    for (let b = 0; b < 1 << this.bits; b++) {
      let any = false;
      const row: number[] = [];
      for (let t = 0; t < T; t++) {
        const q = Math.max(-127, Math.min(127, Math.round((avg[b * T + t] as number) / scale)));
        row.push(q);
        if (Math.abs(q) >= prune) any = true;
      }
      if (!any) continue;
      keys.push(b - prev);
      prev = b;
      vals.push(...row);
    }
    const trans: number[] = [];
    for (let i = 0; i < this.tw.length; i++) trans.push(Math.round(((this.tw[i] as number) - (this.tu[i] as number) / this.c) * 1000) / 1000);
    return {
      tags,
      bits: this.bits,
      scale: Number(scale.toPrecision(8)),
      keys: toBase64(writeVarints(keys)),
      vals: toBase64(Uint8Array.from(vals.map((v) => v & 0xff))),
      trans,
    };
  }
}

interface CueExample { d: PreparedDoc; a: number; b: number; s: number; e: number; hq: number; gold: Uint8Array }
interface RoleExample { d: PreparedDoc; cs: number; ce: number; lo: number; hi: number; src: Array<[number, number]>; con: Array<[number, number]> }

/**
 * Cue head words: lower-cased forms seen inside a gold cue at least `minCount` times and in at
 * least `minRate` of their occurrences. Only tokens near one are tagged at analysis time.
 */
function learnCueHeads(docs: PreparedDoc[], minCount: number, minRate: number): string[] {
  const all = new Map<string, number>();
  const inCue = new Map<string, number>();
  for (const d of docs) {
    const mark = new Uint8Array(d.toks.count);
    for (const at of d.doc.attributions) {
      for (const [s, e] of at.cue_spans.length > 0 ? at.cue_spans : at.cue ? [at.cue] : []) {
        const t = tokenSpan(d.toks, s, e);
        if (t) for (let i = t[0]; i < t[1]; i++) mark[i] = 1;
      }
    }
    for (let i = 0; i < d.toks.count; i++) {
      const w = d.ctx.lower[i] as string;
      all.set(w, (all.get(w) ?? 0) + 1);
      if (mark[i]) inCue.set(w, (inCue.get(w) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const [w, c] of inCue) if (c >= minCount && c / (all.get(w) ?? 1) >= minRate) out.push(w);
  return out.sort();
}

function buildExamples(docs: PreparedDoc[], heads: CueHeads): { cues: CueExample[]; roles: RoleExample[] } {
  const cues: CueExample[] = [];
  const roles: RoleExample[] = [];
  for (const d of docs) {
    const n = d.toks.count;
    const cueTag = new Uint8Array(n);
    for (const at of d.doc.attributions) {
      if (!at.cue) continue;
      const cs = tokenSpan(d.toks, at.cue[0], at.cue[1]);
      if (!cs) continue;
      for (let i = cs[0]; i < cs[1]; i++) cueTag[i] = i === cs[0] ? 1 : 2;
      const map = (spans: Array<[number, number]>): Array<[number, number]> =>
        spans.map(([s, e]) => tokenSpan(d.toks, s, e)).filter((x): x is [number, number] => x !== null);
      roles.push({ d, cs: cs[0], ce: cs[1], lo: 0, hi: n, src: map(at.source_spans), con: map(at.content_spans) });
    }
    // Neighbouring cues bound each window, as at analysis time.
    const mine = roles.filter((r) => r.d === d).sort((x, y) => x.cs - y.cs);
    mine.forEach((r, k) => {
      r.lo = k > 0 ? Math.min((mine[k - 1] as RoleExample).ce - SHARED_REACH, r.cs) : 0;
      r.hi = k + 1 < mine.length ? Math.max((mine[k + 1] as RoleExample).cs + NESTED_REACH, r.ce) : n;
    });
    for (const sen of d.ctx.sentences) {
      const hq = sentenceHasQuote(d.ctx, sen.first, sen.last);
      for (const [s, e] of cueRuns(d.ctx, sen.first, sen.last, heads, [])) {
        const gold = cueTag.slice(s, e);
        if (gold[0] === 2) gold[0] = 1;
        cues.push({ d, a: sen.first, b: sen.last, s, e, hq, gold });
      }
    }
  }
  return { cues, roles };
}

function roleGold(ex: RoleExample, from: number, to: number): Uint8Array {
  const g = new Uint8Array(to - from);
  const paint = (spans: Array<[number, number]>, B: number): void => {
    for (const [s, e] of spans) {
      for (let i = Math.max(s, from); i < Math.min(e, to); i++) {
        if (i >= ex.cs && i < ex.ce) continue;
        const prev = i - 1 >= from ? (g[i - 1 - from] as number) : 0;
        g[i - from] = i === s || i === ex.ce || (prev !== B && prev !== B + 1) ? B : B + 1;
      }
    }
  };
  paint(ex.src, 1);
  paint(ex.con, 3);
  return g;
}

function main(): void {
  const dataDir = resolve(arg('data', defaultDataDir()));
  const epochs = Number(arg('epochs', '8'));
  const prune = Number(arg('prune', '3'));
  const out = resolve(arg('out', resolve(import.meta.dirname, '../src/core/model/claims.json')));
  const t0 = Date.now();
  const docs = loadPolnear(resolve(dataDir, 'train/polnear_train.jsonl')).map(prepare);
  const cueHeads = learnCueHeads(docs, Number(arg('head-count', '2')), Number(arg('head-rate', '0.1')));
  const { cues, roles } = buildExamples(docs, new CueHeads(cueHeads, hashString));
  console.log(`${cueHeads.length} cue heads`);
  console.log(`${docs.length} docs, ${cues.length} candidate runs, ${roles.length} attributions (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const r = rng(Number(arg('seed', '20240611')));
  const sc = new Scratch();

  const cueT = new Trainer(CUE_TAGS.length, Number(arg('cue-bits', '18')));
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(cues, r);
    let wrong = 0;
    for (const ex of cues) {
      extractCue(ex.d.ctx, ex.a, ex.b, ex.s, ex.e, ex.hq, sc);
      wrong += cueT.step(sc, ex.e - ex.s, ex.gold, CUE_ALLOWED);
    }
    console.log(`cue epoch ${ep + 1}: ${wrong} wrong tags (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }

  const roleT = new Trainer(ROLE_TAGS.length, Number(arg('role-bits', '17')));
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(roles, r);
    let wrong = 0;
    for (const ex of roles) {
      const [from, to] = roleWindow(ex.d.ctx, ex.cs, ex.ce, ex.lo, ex.hi);
      const frame = makeFrame(ex.d.ctx, from, to, ex.cs, ex.ce);
      extractRoles(ex.d.ctx, frame, sc);
      wrong += roleT.step(sc, to - from, roleGold(ex, from, to), ROLE_ALLOWED, ex.cs - from, ex.ce - from);
    }
    console.log(`role epoch ${ep + 1}: ${wrong} wrong tags (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  }

  const model = { version: 1, data: 'PolNeAR train (networkdynamics/PolNeAR c3eee83)', cue: cueT.compact(CUE_TAGS, prune), role: roleT.compact(ROLE_TAGS, prune), cueHeads };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model));
  console.log(`wrote ${out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

main();
