/**
 * News outlets: recognising their names, the credits an article gives them ("(Reuters)",
 * "according to Reuters", "told Reuters", a dateline "KYIV (AP) —"), and which claims each
 * credit covers.
 *
 * A credit covers the claims of its own sentence; a credit that closes a paragraph covers every
 * claim of that paragraph; a dateline credit at the top covers the whole article.
 */
import type { Tokens } from '../tokenize.ts';
import type { OutletCredit } from '../types.ts';
import type { TokenContext } from './context.ts';

/** Surface forms (lower case, tokens joined by one space) → normalised outlet name. */
const OUTLET_FORMS: Array<[string, string]> = [
  ['reuters', 'Reuters'], ['thomson reuters', 'Reuters'],
  ['ap', 'Associated Press'], ['the associated press', 'Associated Press'], ['associated press', 'Associated Press'],
  ['afp', 'Agence France-Presse'], ['agence france-presse', 'Agence France-Presse'], ['agence france presse', 'Agence France-Presse'],
  ['bloomberg', 'Bloomberg'], ['bloomberg news', 'Bloomberg'], ['bbc', 'BBC'], ['bbc news', 'BBC'],
  ['cnn', 'CNN'], ['nbc', 'NBC News'], ['nbc news', 'NBC News'], ['cbs', 'CBS News'], ['cbs news', 'CBS News'],
  ['abc news', 'ABC News'], ['fox news', 'Fox News'], ['npr', 'NPR'], ['msnbc', 'MSNBC'], ['cnbc', 'CNBC'],
  ['the new york times', 'The New York Times'], ['new york times', 'The New York Times'], ['the times', 'The Times'],
  ['the washington post', 'The Washington Post'], ['washington post', 'The Washington Post'],
  ['the wall street journal', 'The Wall Street Journal'], ['wall street journal', 'The Wall Street Journal'],
  ['the new york post', 'New York Post'], ['new york post', 'New York Post'],
  ['politico', 'Politico'], ['axios', 'Axios'], ['the hill', 'The Hill'], ['usa today', 'USA Today'],
  ['the guardian', 'The Guardian'], ['financial times', 'Financial Times'], ['the financial times', 'Financial Times'],
  ['the economist', 'The Economist'], ['the telegraph', 'The Telegraph'], ['the independent', 'The Independent'],
  ['al jazeera', 'Al Jazeera'], ['interfax', 'Interfax'], ['tass', 'TASS'], ['ria novosti', 'RIA Novosti'],
  ['xinhua', 'Xinhua'], ['kyodo', 'Kyodo'], ['yonhap', 'Yonhap'], ['dpa', 'dpa'], ['ansa', 'ANSA'], ['efe', 'EFE'],
  ['ukrinform', 'Ukrinform'], ['the kyiv independent', 'The Kyiv Independent'], ['kyiv independent', 'The Kyiv Independent'],
  ['haaretz', 'Haaretz'], ['the times of israel', 'The Times of Israel'], ['der spiegel', 'Der Spiegel'],
  ['le monde', 'Le Monde'], ['newsweek', 'Newsweek'], ['breitbart', 'Breitbart'], ['breitbart news', 'Breitbart'],
  ['huffpost', 'HuffPost'], ['the huffington post', 'HuffPost'], ['huffington post', 'HuffPost'],
  ['the daily mail', 'Daily Mail'], ['daily mail', 'Daily Mail'], ['sky news', 'Sky News'], ['euronews', 'Euronews'],
  ['deutsche welle', 'Deutsche Welle'], ['dw', 'Deutsche Welle'], ['the atlantic', 'The Atlantic'], ['vox', 'Vox'],
  ['buzzfeed news', 'BuzzFeed News'], ['the los angeles times', 'Los Angeles Times'], ['los angeles times', 'Los Angeles Times'],
  ['the boston globe', 'The Boston Globe'], ['the post', 'The Washington Post'], ['the journal', 'The Wall Street Journal'],
  ['politifact', 'PolitiFact'], ['the daily beast', 'The Daily Beast'], ['the intercept', 'The Intercept'],
  ['the nation', 'The Nation'], ['mother jones', 'Mother Jones'], ['the new yorker', 'The New Yorker'], ['time', 'Time'],
];

const OUTLETS = new Map(OUTLET_FORMS);
/** Longest form in tokens, so matching looks at most this far ahead. */
const MAX_FORM_TOKENS = 4;
/** Forms that are too ambiguous to trust without "(…)" or "according to" around them. */
const WEAK = new Set(['ap', 'time', 'the times', 'the post', 'the journal', 'the nation', 'dw', 'the independent', 'the hill']);

/**
 * The outlet named by tokens starting at `i` (capitalised forms only), as `[endToken, name]`;
 * the longest form wins. `strong` drops forms that are too ambiguous in running text.
 */
export function outletAt(text: string, toks: Tokens, ctx: TokenContext, i: number, strong: boolean): [number, string] | null {
  let best: [number, string] | null = null;
  let key = '';
  for (let j = i; j < Math.min(toks.count, i + MAX_FORM_TOKENS); j++) {
    if (j > i && ctx.para[j] !== ctx.para[i]) break;
    const w = ctx.lower[j] as string;
    key = j === i ? w : `${key} ${w}`;
    const name = OUTLETS.get(key);
    if (name === undefined) continue;
    if (strong && WEAK.has(key)) continue;
    // Require a capital on some word ("Reuters", "the Associated Press"), never "time" or "the hill".
    let capital = false;
    for (let m = i; m <= j; m++) {
      const c = text.charCodeAt(toks.start[m] as number);
      if (c >= 65 && c <= 90) capital = true;
    }
    if (capital) best = [j + 1, name];
  }
  return best;
}

/** True when `name` is a known outlet (used to label sources such as "Reuters reported"). */
export function outletName(sourceText: string): string | null {
  const key = sourceText.toLowerCase().replace(/\s+/g, ' ').trim();
  return OUTLETS.get(key) ?? null;
}

/** A credit with the token range it occupies and its reach. */
export interface CreditSpan {
  credit: OutletCredit;
  first: number;
  last: number;
  /** 'sentence' covers its sentence, 'paragraph' its paragraph, 'article' the whole text. */
  reach: 'sentence' | 'paragraph' | 'article';
}

function isPunct(ctx: TokenContext, i: number): boolean {
  const w = ctx.lower[i] as string;
  return w.length === 1 && !/[\p{L}\p{N}]/u.test(w);
}

const TOLD = new Set(['told', 'tell', 'tells', 'telling']);
const INTERVIEW = new Set(['interview', 'interviews']);
const PUBLISHED = new Set(['published', 'wrote', 'writing', 'writes', 'write']);
/** Most lower-case words between the verb and the outlet ("state news agency"). */
const MAX_DESCRIPTOR = 3;

/** True when token `i` introduces the outlet a claim was made to: "told", "interview with", "published in". */
function madeTo(ctx: TokenContext, i: number): boolean {
  const w = ctx.lower[i] as string;
  if (TOLD.has(w)) return true;
  if (i === 0) return false;
  const before = ctx.lower[i - 1] as string;
  return (w === 'with' && INTERVIEW.has(before)) || (w === 'in' && PUBLISHED.has(before));
}

/**
 * Finds outlet credits: "(Reuters)", "according to Reuters", "told Reuters", "in an interview
 * with CNBC", "published in Le Monde". Linear in the token count (each look-ahead is bounded).
 */
const DATELINE_DASHES = new Set(['-', '—', '–', '--']);

export function findCredits(text: string, toks: Tokens, ctx: TokenContext): CreditSpan[] {
  const out: CreditSpan[] = [];
  const n = toks.count;
  let hasDateline = false;
  for (let i = 0; i < n; i++) {
    const w = ctx.lower[i] as string;
    let hit: [number, string] | null = null;
    const first = i;
    let nameAt = i;
    if (w === '(' && i + 1 < n) {
      const o = outletAt(text, toks, ctx, i + 1, false);
      if (o && o[0] < n && ctx.lower[o[0]] === ')') {
        hit = [o[0] + 1, o[1]];
        nameAt = i + 1;
      }
    } else if (w === 'according' && ctx.lower[i + 1] === 'to' && i + 2 < n) {
      const o = outletAt(text, toks, ctx, i + 2, true);
      if (o) {
        hit = o;
        nameAt = i + 2;
      }
    } else if (madeTo(ctx, i) && i + 1 < n) {
      // "told The Washington Post", "in an interview with CNBC", "published in Le Monde", "telling
      // state news agency RIA Novosti": the outlet the claim was made to or published in.
      for (let k = i + 1; k < n && k - i <= MAX_DESCRIPTOR + 1; k++) {
        const o = outletAt(text, toks, ctx, k, true);
        if (o) {
          hit = o;
          nameAt = k;
          break;
        }
        if (!/^[a-z][a-z-]*$/.test(ctx.lower[k] as string) || text.charCodeAt(toks.start[k] as number) < 97) break;
      }
    }
    if (!hit) continue;
    const nameEnd = w === '(' ? hit[0] - 1 : hit[0];
    const last = hit[0];
    // Reach: only punctuation after it in the paragraph → closes the paragraph.
    let j = last;
    while (j < n && ctx.para[j] === ctx.para[i] && isPunct(ctx, j)) j++;
    const closesParagraph = j >= n || ctx.para[j] !== ctx.para[i];
    // Dateline: "(Reuters) -" within the first few tokens of one of the article's first
    // paragraphs, or anywhere below a headline and standfirst when the dash follows; one per article.
    const dashed = DATELINE_DASHES.has(ctx.lower[last] as string);
    const dateline: boolean = w === '(' && !hasDateline && ((ctx.para[i] as number) <= 1 || dashed) &&
      i - firstOfPara(ctx, i) <= 6 && !closesParagraph;
    hasDateline ||= dateline;
    const s = toks.start[nameAt] as number;
    const e = toks.end[nameEnd - 1] as number;
    out.push({
      credit: { start: s, end: e, text: text.slice(s, e), outlet: hit[1] },
      first,
      last,
      reach: dateline ? 'article' : closesParagraph ? 'paragraph' : 'sentence',
    });
    i = last - 1;
  }
  return out;
}

function firstOfPara(ctx: TokenContext, i: number): number {
  let j = i;
  while (j > 0 && ctx.para[j - 1] === ctx.para[i] && i - j < 10) j--;
  return j;
}

/** Per-sentence and per-paragraph credit look-up built once, so assigning outlets stays linear. */
export class CreditIndex {
  private readonly bySentence = new Map<number, string>();
  private readonly byParagraph = new Map<number, string>();
  private readonly article: string | null = null;

  constructor(ctx: TokenContext, credits: CreditSpan[]) {
    for (const c of credits) {
      if (c.reach === 'article') this.article ??= c.credit.outlet;
      else if (c.reach === 'paragraph') {
        if (!this.byParagraph.has(ctx.para[c.first] as number)) this.byParagraph.set(ctx.para[c.first] as number, c.credit.outlet);
        if (!this.bySentence.has(ctx.sent[c.first] as number)) this.bySentence.set(ctx.sent[c.first] as number, c.credit.outlet);
      } else if (!this.bySentence.has(ctx.sent[c.first] as number)) this.bySentence.set(ctx.sent[c.first] as number, c.credit.outlet);
    }
  }

  /** The outlet credited for a claim whose cue is token `cue`. */
  outletFor(ctx: TokenContext, cue: number): string | null {
    return this.bySentence.get(ctx.sent[cue] as number) ?? this.byParagraph.get(ctx.para[cue] as number) ?? this.article;
  }
}

/**
 * Marks dateline tokens ("KYIV (Reuters) -": paragraph start through the credit and its dash) so
 * no claim's content starts with them; null when the article has no dateline.
 */
export function datelineTokens(ctx: TokenContext, credits: CreditSpan[]): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (const c of credits) {
    if (c.reach !== 'article') continue;
    out ??= new Uint8Array(ctx.n);
    let end = c.last;
    const next = ctx.lower[end];
    if (next === '-' || next === '—' || next === '–' || next === '--') end++;
    for (let i = firstOfPara(ctx, c.first); i < end; i++) out[i] = 1;
  }
  return out;
}
