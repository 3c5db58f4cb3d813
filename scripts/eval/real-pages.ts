/**
 * Officials and claims on real pages: our own gold (`real-pages/gold-*.json`, written by careful
 * reading of 36 news pages of `../shared/data/pages-reader/`, in the form of the seeds' gold)
 * against what the CLI finds in each page's HTML (the reader, then the engine, as the extension
 * reads them). Figures:
 * - officials highlighted: gold officials found as a person with a title (the extension paints
 *   exactly those), and how many of them have the gold title;
 * - false highlights: persons with a title that are no person of the gold (officials or others);
 *   non-officials highlighted: gold people without a role that got one;
 * - claims found: a claim whose content holds the gold content's first words; with its source
 *   right when the claim's speaker is the gold source.
 * Run: `npm run eval -- --only real-pages [--verbose]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/analyze.ts';
import { toOutput, type OutputDocument } from '../../src/cli/output.ts';
import { extractArticleText } from '../../src/page/extract.ts';
import type { ReaderPage } from './reader.ts';

export interface GoldPerson {
  name: string;
  title?: string;
  mentions: Record<string, number>;
  aliases?: string[];
}
interface GoldClaim {
  source: string | null;
  sourceKind: string;
  cue: string;
  contentStartsWith: string;
}
export interface GoldPage {
  page: string;
  url: string;
  officials: GoldPerson[];
  otherPeople: GoldPerson[];
  notPersons: string[];
  claims: GoldClaim[];
}

export function loadRealPagesGold(dir = join(import.meta.dirname, 'real-pages')): GoldPage[] {
  return readdirSync(dir)
    .filter((f) => /^gold.*\.json$/.test(f))
    .sort()
    .flatMap(
      (f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { documents: GoldPage[] }).documents,
    );
}

/** Lower case, curly quotes straightened, accents kept, runs of space as one. */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'jr', 'sr', 'ii', 'iii']);
const nameWords = (s: string): string[] =>
  norm(s)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w && !HONORIFICS.has(w.replace(/\.$/, '')));

/** Whether a name we found is the gold person: same surname, and no other given name. */
export function samePerson(found: string, gold: GoldPerson): boolean {
  const candidates = [gold.name, ...(gold.aliases ?? []), ...Object.keys(gold.mentions)];
  const f = nameWords(found);
  if (f.length === 0) return false;
  return candidates.some((c) => {
    const g = nameWords(c);
    if (g.length === 0) return false;
    if (f.join(' ') === g.join(' ')) return true;
    if (f[f.length - 1] !== g[g.length - 1]) return false;
    return f.length === 1 || g.length === 1 || f[0] === g[0];
  });
}

export interface PageResult {
  page: string;
  url: string;
  officials: number;
  highlighted: number;
  titled: number;
  missed: string[];
  falseHighlights: string[];
  nonOfficialsHighlighted: string[];
  claims: number;
  claimsFound: number;
  sourceRight: number;
  missedClaims: string[];
  wrongSource: string[];
}

/** The first words of a gold content, enough to find it inside ours. */
function contentKey(s: string): string {
  return norm(s)
    .replace(/^that /, '')
    .split(' ')
    .slice(0, 5)
    .join(' ');
}

function speaker(out: OutputDocument, c: OutputDocument['claims'][number]): string | null {
  if (c.sourcePerson !== null) return out.people[c.sourcePerson]?.name ?? null;
  return c.source?.text ?? null;
}

function scorePage(gold: GoldPage, out: OutputDocument): PageResult {
  const titled = out.people.filter((p) => p.title !== null);
  const r: PageResult = {
    page: gold.page,
    url: gold.url,
    officials: gold.officials.length,
    highlighted: 0,
    titled: 0,
    missed: [],
    falseHighlights: [],
    nonOfficialsHighlighted: [],
    claims: gold.claims.length,
    claimsFound: 0,
    sourceRight: 0,
    missedClaims: [],
    wrongSource: [],
  };
  for (const g of gold.officials) {
    const p = titled.find((x) => samePerson(x.name, g));
    if (!p) {
      const untitled = out.people.find((x) => samePerson(x.name, g));
      r.missed.push(`${g.name} (${g.title ?? ''})${untitled ? ' found without a title' : ''}`);
      continue;
    }
    r.highlighted++;
    if (
      g.title &&
      p.title &&
      (norm(p.title).includes(norm(g.title)) || norm(g.title).includes(norm(p.title)))
    )
      r.titled++;
  }
  for (const p of titled) {
    if (gold.officials.some((g) => samePerson(p.name, g))) continue;
    if (gold.otherPeople.some((g) => samePerson(p.name, g)))
      r.nonOfficialsHighlighted.push(`${p.name} (${p.title})`);
    else r.falseHighlights.push(`${p.name} (${p.title})`);
  }
  for (const g of gold.claims) {
    const key = contentKey(g.contentStartsWith);
    const found = out.claims.filter((c) => norm(c.content.text).includes(key));
    if (found.length === 0) {
      r.missedClaims.push(`${g.source ?? '(passive)'} ${g.cue}: ${g.contentStartsWith}`);
      continue;
    }
    r.claimsFound++;
    const gp: GoldPerson = { name: g.source ?? '', mentions: {} };
    const person = [...gold.officials, ...gold.otherPeople].find(
      (x) => g.source !== null && x.name === g.source,
    );
    const right = found.some((c) => {
      const s = speaker(out, c);
      if (g.source === null) return s === null || c.sourceKind === 'passive';
      if (s === null) return false;
      if (person || g.sourceKind === 'named-person') return samePerson(s, person ?? gp);
      return norm(s).includes(norm(g.source)) || norm(g.source).includes(norm(s));
    });
    if (right) r.sourceRight++;
    else
      r.wrongSource.push(
        `${g.source ?? '(passive)'} ≠ ${found.map((c) => speaker(out, c) ?? '(none)').join(' | ')}: ${g.contentStartsWith.slice(0, 50)}`,
      );
  }
  return r;
}

/** Reads and analyses each gold page as the CLI does and scores it. */
export function evaluateRealPages(
  gold: readonly GoldPage[],
  pages: readonly ReaderPage[],
  idle: string[] = [],
): PageResult[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const results: PageResult[] = [];
  for (const g of gold) {
    const page = byId.get(g.page);
    if (!page) continue;
    const { document } = parseHTML(page.html);
    const {
      text: read,
      meta,
      isArticle,
    } = extractArticleText(document as unknown as Document, page.url);
    // The extension stays idle on a page it takes for no article: nothing is highlighted there.
    const text = isArticle ? read : '';
    if (!isArticle) idle.push(g.page);
    const [out] = toOutput([
      { id: g.page, htmlText: text, publishedAt: meta.publishedAt, analysis: analyze(text) },
    ]);
    results.push(scorePage(g, out as OutputDocument));
  }
  return results;
}

const pct = (a: number, b: number): string =>
  `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;

export function formatRealPages(results: readonly PageResult[], verbose = false): string {
  const sum = (k: keyof PageResult): number => results.reduce((s, r) => s + (r[k] as number), 0);
  const lines = [
    '| page | officials highlighted | with gold title | claims found | source right | false highlights | non-officials highlighted |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results)
    lines.push(
      `| ${r.page.slice(0, 12)} ${new URL(r.url).hostname.replace(/^www\./, '')} | ${r.highlighted}/${r.officials} | ${r.titled} | ${r.claimsFound}/${r.claims} | ${r.sourceRight} | ${r.falseHighlights.length} | ${r.nonOfficialsHighlighted.length} |`,
    );
  const officials = sum('officials');
  const claims = sum('claims');
  lines.push(
    '',
    `officials highlighted ${pct(sum('highlighted'), officials)}, with the gold title ${pct(sum('titled'), officials)}`,
    `claims found ${pct(sum('claimsFound'), claims)}, with the gold source ${pct(sum('sourceRight'), claims)}`,
    `false highlights (no person of the gold): ${results.reduce((s, r) => s + r.falseHighlights.length, 0)}; gold people without a role highlighted: ${results.reduce((s, r) => s + r.nonOfficialsHighlighted.length, 0)}`,
  );
  if (verbose) {
    for (const r of results) {
      if (
        !r.missed.length &&
        !r.falseHighlights.length &&
        !r.missedClaims.length &&
        !r.nonOfficialsHighlighted.length
      )
        continue;
      lines.push(`\n${r.page.slice(0, 12)} ${r.url}`);
      for (const m of r.missed) lines.push(`  missed official: ${m}`);
      for (const m of r.falseHighlights) lines.push(`  false highlight: ${m}`);
      for (const m of r.nonOfficialsHighlighted) lines.push(`  highlighted, no role in gold: ${m}`);
      for (const m of r.missedClaims) lines.push(`  missed claim: ${m}`);
      for (const m of r.wrongSource) lines.push(`  other source: ${m}`);
    }
  }
  return lines.join('\n');
}
