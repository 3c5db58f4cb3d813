/**
 * Groups name spans into people: a later span that is the end of an earlier name ("Kuleba" after
 * "Dmitry Kuleba", "Cavo Dragone" after "Giuseppe Cavo Dragone") or its start ("Alan" after
 * "Alan Shearer") is the same person; a longer name that ends with an earlier one ("Alan Shearer"
 * after a headline "SHEARER") takes that person over. Two different people never merge just
 * because they share a title.
 */
import type { Tokens } from '../tokenize.ts';
import type { NameSpan } from './name-spans.ts';
import { UNKNOWN } from './name-spans.ts';
import { tokKey } from './token-text.ts';
import { PARTICLES } from './names.ts';
import { work } from './work-meter.ts';

export interface Draft {
  /** Lower-cased words of the fullest name seen. */
  words: string[];
  /** The span that gave the fullest name. */
  full: NameSpan;
  spans: NameSpan[];
  gender: number;
  /** Token index of the latest mention, to prefer the most recent person. */
  lastSeen: number;
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[off + i]) return false;
  return true;
}

function isPrefix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  return true;
}

/**
 * "Lula" after "Luiz Inácio Lula da Silva", "Márquez" … : a one-word mention may be a middle
 * word of a name of three words or more (not a particle such as "da").
 */
function isMiddle(word: string, long: string[]): boolean {
  if (long.length < 3 || PARTICLES.has(word)) return false;
  for (let i = 1; i < long.length - 1; i++) if (long[i] === word) return true;
  return false;
}

function indexMiddle(map: Map<string, Draft[]>, d: Draft): void {
  for (let i = 1; i < d.words.length - 1; i++) {
    const w = d.words[i] as string;
    if (!PARTICLES.has(w)) index(map, w, d);
  }
}

/**
 * Which of two people a mention more likely is: the most recent one, except that a bare
 * surname shared by relatives ("Okonkwo" after "Daniel Okonkwo" and, paragraphs earlier, "his
 * sister, Ngozi Okonkwo") stays with the one the article is about, the one mentioned more often
 * so far. Within the paragraph that named the other one last ("Carter's mother, Angela Carter,
 * said … Ms. Carter said"), the most recent still wins.
 */
function preferred(d: Draft, best: Draft, single: boolean, at: number, line: Int32Array): boolean {
  const recent = d.lastSeen > best.lastSeen;
  if (!single || d.spans.length === best.spans.length) return recent;
  const latest = recent ? d : best;
  if (line[latest.lastSeen] === line[at]) return recent;
  return d.spans.length > best.spans.length;
}

/** Line number of every token (a paragraph is usually one line). */
function lineNumbers(toks: Tokens): Int32Array {
  const out = new Int32Array(toks.count);
  let line = 0;
  for (let t = 0; t < toks.count; t++) {
    if (toks.lineBefore[t] === 1) line++;
    out[t] = line;
  }
  return out;
}

/** How many recent people sharing a first or last word are compared (keeps grouping linear). */
const MAX_CANDIDATES = 32;

function index(map: Map<string, Draft[]>, key: string, d: Draft): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) {
    list.push(d);
    if (list.length > MAX_CANDIDATES) list.shift();
  }
}

export function groupSpans(text: string, toks: Tokens, spans: NameSpan[]): Draft[] {
  const drafts: Draft[] = [];
  const byFirst = new Map<string, Draft[]>();
  const byLast = new Map<string, Draft[]>();
  const byMiddle = new Map<string, Draft[]>();
  const line = lineNumbers(toks);
  for (const s of spans) {
    const words: string[] = [];
    for (let t = s.first; t <= s.last; t++) words.push(tokKey(text, toks, t));
    let best: Draft | null = null;
    let longer = false;
    const f = words[0] as string;
    const l = words[words.length - 1] as string;
    const single = words.length === 1;
    const candidates = [...(byFirst.get(f) ?? []), ...(byLast.get(l) ?? []), ...(single ? (byMiddle.get(f) ?? []) : [])];
    work.steps += 1 + candidates.length;
    for (const d of candidates) {
      const same = isSuffix(words, d.words) || isPrefix(words, d.words) || (single && isMiddle(f, d.words));
      const extends_ = !same && isSuffix(d.words, words);
      if ((same || extends_) && (!best || preferred(d, best, single, s.first, line))) {
        best = d;
        longer = extends_;
      }
    }
    if (!best) {
      const d: Draft = { words, full: s, spans: [s], gender: s.gender, lastSeen: s.last };
      drafts.push(d);
      index(byFirst, f, d);
      index(byLast, l, d);
      indexMiddle(byMiddle, d);
      continue;
    }
    best.spans.push(s);
    best.lastSeen = s.last;
    if (best.gender === UNKNOWN) best.gender = s.gender;
    if (longer) {
      best.words = words;
      best.full = s;
      index(byFirst, f, best);
      index(byLast, l, best);
      indexMiddle(byMiddle, best);
    }
  }
  return drafts;
}
