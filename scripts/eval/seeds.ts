/**
 * Checks the engine against the seeds' gold (../shared/seeds/gold.json): every official with
 * name, title, organisation/country and mention counts; nothing listed as not-a-person tagged as
 * a person; every claim with source, kind, cue, content start and outlet; and, across the two
 * documents, that people are linked as the gold says. Goes through the CLI's output path.
 * `evalSeedPeople` runs the same person checks on the persons stage alone (scripts/eval/persons.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { toOutput, type OutputDocument } from '../../src/cli/output.ts';

interface GoldOfficial {
  name: string;
  title: string;
  organization?: string;
  country?: string;
  mentions: Record<string, number>;
  pronounMentions?: Record<string, number>;
}
interface GoldClaim {
  source: string | null;
  sourceKind: string;
  cue: string;
  contentStartsWith: string;
  outlet?: string;
}
interface GoldDoc {
  file: string;
  officials: GoldOfficial[];
  notPersons: string[];
  claims: GoldClaim[];
  outlets: string[];
}

/** What the person checks read of a person: core `Person` and the CLI's output people both fit. */
export interface SeedPerson {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
  mentions: ReadonlyArray<{ text: string; kind: string }>;
}

export interface SeedReport {
  checks: number;
  failures: string[];
  /** Findings beyond the gold that are not failures. */
  notes: string[];
}

function count<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) out[key(it)] = (out[key(it)] ?? 0) + 1;
  return out;
}

type Expect = (ok: boolean, msg: string) => void;

function expecter(file: string, r: SeedReport): Expect {
  return (ok, msg) => {
    r.checks++;
    if (!ok) r.failures.push(`${file}: ${msg}`);
  };
}

/**
 * The gold officials, each with title, organisation and country (none where the gold names
 * none) and mention counts; no extra people; nothing listed as not-a-person tagged as a person.
 */
function checkPeople(gold: GoldDoc, people: readonly SeedPerson[], expect: Expect, r: SeedReport): void {
  const f = gold.file;
  for (const o of gold.officials) {
    const p = people.find((x) => x.name === o.name);
    expect(!!p, `official "${o.name}" not found (people: ${people.map((x) => x.name).join(', ')})`);
    if (!p) continue;
    expect(p.title === o.title, `${o.name}: title "${p.title}" ≠ "${o.title}"`);
    expect(p.organization === (o.organization ?? null), `${o.name}: organization "${p.organization}" ≠ "${o.organization ?? null}"`);
    expect(p.country === (o.country ?? null), `${o.name}: country "${p.country}" ≠ "${o.country ?? null}"`);
    const names = count(p.mentions.filter((m) => m.kind !== 'pronoun'), (m) => m.text);
    expect(JSON.stringify(names) === JSON.stringify(o.mentions), `${o.name}: mentions ${JSON.stringify(names)} ≠ ${JSON.stringify(o.mentions)}`);
    // Gold pronouns must all be found; the gold lists are not exhaustive ("When … Mark Rutte
    // walked into Kyiv, he did not arrive" is not listed), so extra pronouns are reported only.
    const pronouns = count(p.mentions.filter((m) => m.kind === 'pronoun'), (m) => m.text);
    for (const [word, n] of Object.entries(o.pronounMentions ?? {})) {
      expect((pronouns[word] ?? 0) >= n, `${o.name}: pronoun "${word}" ×${pronouns[word] ?? 0} < ${n}`);
    }
    const extra = Object.entries(pronouns).filter(([w, n]) => n > (o.pronounMentions?.[w] ?? 0));
    if (extra.length > 0) r.notes.push(`${f}: ${o.name}: pronouns beyond the gold: ${JSON.stringify(Object.fromEntries(extra))}`);
  }
  const officialNames = new Set(gold.officials.map((o) => o.name));
  for (const p of people) {
    if (!officialNames.has(p.name)) expect(false, `extra person "${p.name}"`);
  }
  for (const np of gold.notPersons) {
    const hit = people.some((p) => p.mentions.some((m) => m.text === np));
    expect(!hit, `"${np}" tagged as a person`);
  }
}

function checkDoc(gold: GoldDoc, doc: OutputDocument, r: SeedReport): void {
  const expect = expecter(gold.file, r);
  checkPeople(gold, doc.people, expect, r);
  for (const c of gold.claims) {
    const m = doc.claims.find((x) => x.cue.text === c.cue && x.content.text.startsWith(c.contentStartsWith));
    expect(!!m, `claim "${c.cue}: ${c.contentStartsWith.slice(0, 40)}…" not found`);
    if (!m) continue;
    expect(m.sourceKind === c.sourceKind, `claim "${c.cue}": sourceKind ${m.sourceKind} ≠ ${c.sourceKind}`);
    if (c.source === null) expect(m.source === null, `claim "${c.cue}": expected no source`);
    else {
      const src = m.sourcePerson !== null ? doc.people[m.sourcePerson]?.name : m.source?.text;
      expect(src === c.source || m.source?.text === c.source, `claim "${c.cue}": source "${src}" ≠ "${c.source}"`);
    }
    // The gold names an outlet where the article credits one; where it names none (the
    // observers' claim in a paragraph closed by "(Reuters)") it is not checked.
    if (c.outlet !== undefined) expect(m.outlet === c.outlet, `claim "${c.cue}": outlet ${m.outlet} ≠ ${c.outlet}`);
  }
  const outlets = [...new Set(doc.outlets.map((o) => o.outlet))].sort();
  expect(JSON.stringify(outlets) === JSON.stringify([...gold.outlets].sort()), `outlets ${JSON.stringify(outlets)} ≠ ${JSON.stringify(gold.outlets)}`);
}

function readGold(seedsDir: string): { documents: GoldDoc[] } {
  return JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as { documents: GoldDoc[] };
}

export function evalSeeds(seedsDir: string): SeedReport {
  const gold = readGold(seedsDir);
  const docs = gold.documents.map((g) => {
    const text = readFileSync(join(seedsDir, g.file), 'utf8');
    return { id: g.file, analysis: analyze(text) };
  });
  const out = toOutput(docs);
  const r: SeedReport = { checks: 0, failures: [], notes: [] };
  gold.documents.forEach((g, i) => checkDoc(g, out[i] as OutputDocument, r));
  // Across documents: a shared title never merges; three NATO Secretaries General stay apart.
  const keyOf = (name: string): string | undefined =>
    out.flatMap((d) => d.people).find((p) => p.name === name)?.personKey;
  const sg = ['Mark Rutte', 'Jens Stoltenberg', 'Anders Fogh Rasmussen'].map(keyOf);
  r.checks++;
  if (new Set(sg).size !== 3 || sg.includes(undefined)) r.failures.push(`across: NATO Secretaries General share keys ${JSON.stringify(sg)}`);
  return r;
}

/**
 * The person checks alone, on `peopleOf(text)` per document: for evaluating the persons stage
 * without the claims stage or the cross-document linking.
 */
export function evalSeedPeople(seedsDir: string, peopleOf: (text: string) => readonly SeedPerson[]): SeedReport {
  const r: SeedReport = { checks: 0, failures: [], notes: [] };
  for (const g of readGold(seedsDir).documents) {
    const people = peopleOf(readFileSync(join(seedsDir, g.file), 'utf8'));
    checkPeople(g, people, expecter(g.file, r), r);
  }
  return r;
}

export function formatSeedReport(r: SeedReport): string {
  return [
    `seeds: ${r.checks - r.failures.length}/${r.checks} checks pass`,
    ...r.failures.map((f) => `  ✗ ${f}`),
    ...r.notes.map((n) => `  · ${n}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/seeds');
  console.log(formatSeedReport(evalSeeds(dir)));
}
