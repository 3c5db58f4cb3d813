/**
 * Layouts that attribute a whole line without a reporting verb, so neither tagger sees them: an
 * attributing headline ("Graham: …", see headline.ts), and
 *
 * - Transcripts: a paragraph that opens with the speaker's name in capitals and a colon,
 *   `PENCE: Well, look, …` (optionally inside an opening quotation mark). The colon is the cue
 *   (as PolNeAR marks it), the name the source, the rest of the paragraph the content. Section
 *   labels look the same (`CORRECTION:`, `UPDATE:`), so a speaker must either take turns with
 *   another speaker in the same article or be a person the article names.
 * - Pull quotes and reader reactions: a line that is one quotation followed by a dash and a
 *   name, `“…” ― Jane Doe`. The dash is the cue, the name the source, the quotation (with its
 *   marks) the content. A byline after an ordinary paragraph (`… he said." --Kim Doe`) is not
 *   one: the line must start with the quotation.
 *
 * Both are found in one pass over the paragraph starts and ends; each line costs a bounded look.
 */
import { QuoteRole, WordClass, type TokenContext } from './context.ts';
import { headlineAttribution } from './headline.ts';

/** Longest speaker label and pull-quote name, in tokens ("KATE BOLDUAN", "Julie A. Diaz Martinez"). */
const MAX_SPEAKER = 3;
const MAX_NAME = 6;
/** Longest pull quotation followed back to its opening mark, in tokens. */
const MAX_PULL_QUOTE = 400;

/** Capitalised labels that head a paragraph without being anyone's words. */
const SECTION_LABELS = new Set([
  'correction', 'corrections', 'clarification', 'update', 'updated', 'byline', 'video', 'watch',
  'read', 'related', 'previously', 'email', 'exclusive', 'breaking', 'note', 'editor', 'photos',
  'photo', 'source', 'sources', 'disclosure', 'q', 'a', 'look', 'boom', 'busted', 'listen',
  'more', 'also', 'see', 'advertisement', 'ap', 'reuters', 'afp', 'caption', 'credit', 'warning',
  'spoiler', 'poll', 'analysis', 'opinion', 'live', 'latest', 'timeline', 'background',
]);

const DASHES = new Set(['―', '—', '–', '--']);

export interface LineRoles {
  source: [number, number];
  content: [number, number];
}

export interface LineAttributions {
  /** Cue tokens `[cs, ce)` found, in text order. */
  cues: Array<[number, number]>;
  /** Source and content per cue start token. */
  roles: Map<number, LineRoles>;
}

/** Paragraph `[first, last)` token ranges. */
function paragraphs(ctx: TokenContext): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= ctx.n; i++) {
    if (i === ctx.n || ctx.para[i] !== ctx.para[start]) {
      out.push([start, i]);
      start = i;
    }
  }
  return ctx.n > 0 ? out : [];
}

/** A speaker turn `PENCE: …` in paragraph `[a, b)`: the label's tokens and the colon, or null. */
function speakerTurn(ctx: TokenContext, a: number, b: number): { label: [number, number]; colon: number } | null {
  let s = a;
  if (ctx.quoteRole[s] === QuoteRole.Open) s++;
  for (let k = s; k < b && k - s <= MAX_SPEAKER; k++) {
    if (ctx.lower[k] === ':') {
      if (k === s || k + 1 >= b || SECTION_LABELS.has(ctx.lower[s] as string)) return null;
      return { label: [s, k], colon: k };
    }
    if (ctx.cls[k] !== WordClass.AllCaps || (ctx.lower[k] as string).length < 2) return null;
  }
  return null;
}

/** Label text of a speaker, for counting turns. */
function labelKey(ctx: TokenContext, label: [number, number]): string {
  return ctx.lower.slice(label[0], label[1]).join(' ');
}

/**
 * The end of the content of paragraph `[a, b)` starting at `from`: the paragraph's end, less a
 * closing quotation mark that matches one opening the paragraph.
 */
function turnEnd(ctx: TokenContext, a: number, b: number): number {
  if (ctx.quoteRole[a] === QuoteRole.Open && ctx.quoteRole[b - 1] === QuoteRole.Close) return b - 1;
  return b;
}

/** A pull-quote line `“…” ― Name` in paragraph `[a, b)`: quote, dash and name, or null. */
function pullQuote(ctx: TokenContext, a: number, b: number): LineRoles & { dash: number } | null {
  if (ctx.quoteRole[a] !== QuoteRole.Open || b - a > MAX_PULL_QUOTE) return null;
  // The name: capitalised words (and initials) at the end of the line, then a dash before it.
  let e = b;
  if (ctx.cls[e - 1] === WordClass.Final) e--;
  let k = e;
  while (k > a && e - k < MAX_NAME) {
    const c = ctx.cls[k - 1] as number;
    const w = ctx.lower[k - 1] as string;
    if (c === WordClass.Capitalised || c === WordClass.AllCaps || w === '.' || w === '-') k--;
    else break;
  }
  if (k === e || k - 1 <= a || !DASHES.has(ctx.lower[k - 1] as string)) return null;
  while (k < e && ctx.cls[k] !== WordClass.Capitalised && ctx.cls[k] !== WordClass.AllCaps) k++;
  if (k === e) return null;
  const dash = k - 1;
  let q = dash - 1;
  if (q > a && (ctx.cls[q] === WordClass.Comma || ctx.cls[q] === WordClass.Final)) q--;
  if (ctx.quoteRole[q] !== QuoteRole.Close) return null;
  // One quotation: no closing mark before its end.
  for (let j = a + 1; j < q; j++) if (ctx.quoteRole[j] === QuoteRole.Close) return null;
  return { source: [k, e], content: [a, q + 1], dash };
}

/**
 * Finds transcript turns and pull-quote lines. `isPerson(first, last)` says whether tokens
 * `[first, last)` are a mention of a person the article names.
 */
export function findLineAttributions(ctx: TokenContext, isPerson: (first: number, last: number) => boolean): LineAttributions {
  const cues: Array<[number, number]> = [];
  const roles = new Map<number, LineRoles>();
  const headline = headlineAttribution(ctx);
  if (headline) {
    cues.push(headline.cue);
    if (headline.roles) roles.set(headline.cue[0], headline.roles);
  }
  const turns: Array<{ label: [number, number]; colon: number; a: number; b: number }> = [];
  const labels = new Map<string, number>();
  for (const [a, b] of paragraphs(ctx)) {
    const turn = speakerTurn(ctx, a, b);
    if (turn) {
      turns.push({ ...turn, a, b });
      const key = labelKey(ctx, turn.label);
      labels.set(key, (labels.get(key) ?? 0) + 1);
      continue;
    }
    const pull = pullQuote(ctx, a, b);
    if (pull) {
      cues.push([pull.dash, pull.dash + 1]);
      roles.set(pull.dash, { source: pull.source, content: pull.content });
    }
  }
  // A transcript: at least two speakers taking turns. Otherwise only a named person speaks.
  const transcript = labels.size >= 2 && turns.length >= 3;
  for (const t of turns) {
    if (headline && t.colon === headline.cue[0]) continue;
    if (!transcript && !isPerson(t.label[0], t.label[1])) continue;
    const end = turnEnd(ctx, t.a, t.b);
    if (end <= t.colon + 1) continue;
    cues.push([t.colon, t.colon + 1]);
    roles.set(t.colon, { source: t.label, content: [t.colon + 1, end] });
  }
  cues.sort((x, y) => x[0] - y[0]);
  return { cues, roles };
}

/**
 * Drops the tagger's colon cues after a capitalised label that opens a paragraph ("WEATHER: Rain
 * is expected"): whether such a label is a speaker is `findLineAttributions`'s call, which counts
 * turns and knows the article's people, and it adds the turns it accepts back.
 */
export function dropLabelColons(ctx: TokenContext, cues: Array<[number, number]>): Array<[number, number]> {
  return cues.filter(([a, b]) => {
    if (b - a !== 1 || ctx.lower[a] !== ':') return true;
    // Back to the paragraph's start over capitalised words only (and an opening mark).
    let s = a;
    while (s - 1 >= 0 && a - s <= MAX_SPEAKER && ctx.para[s - 1] === ctx.para[a] && ctx.cls[s - 1] === WordClass.AllCaps) s--;
    const start = s === 0 || ctx.para[s - 1] !== ctx.para[a] || (ctx.quoteRole[s - 1] === QuoteRole.Open && (s - 1 === 0 || ctx.para[s - 2] !== ctx.para[a]));
    return !(start && s < a);
  });
}
