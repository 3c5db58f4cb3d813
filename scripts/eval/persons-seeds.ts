/**
 * Scores the engine against ../shared/seeds/gold.json: every official found with the right
 * name, title, organisation and country; name/surname mention counts exactly; the gold pronoun
 * mentions found; no notPersons string as a person; no extra people.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { peopleOnly } from './persons-only.ts';
import type { Person } from '../../src/core/types.ts';

interface GoldOfficial {
  name: string;
  title: string;
  organization?: string;
  country?: string;
  mentions: Record<string, number>;
  pronounMentions?: Record<string, number>;
  aliases?: string[];
}

interface GoldDoc {
  file: string;
  officials: GoldOfficial[];
  notPersons: string[];
}

export interface SeedCheck {
  file: string;
  what: string;
  ok: boolean;
  detail: string;
}

function countMentions(p: Person, pronouns: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of p.mentions) if ((m.kind === 'pronoun') === pronouns) out[m.text] = (out[m.text] ?? 0) + 1;
  return out;
}

const show = (o: unknown): string => JSON.stringify(o);

export function scoreSeeds(dir: string): SeedCheck[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { documents: GoldDoc[] };
  const checks: SeedCheck[] = [];
  for (const doc of gold.documents) {
    const text = readFileSync(join(dir, doc.file), 'utf8');
    const people = peopleOnly(text);
    const add = (what: string, ok: boolean, detail: string): void => {
      checks.push({ file: doc.file, what, ok, detail });
    };
    const matched = new Set<Person>();
    for (const g of doc.officials) {
      const p = people.find((x) => x.name === g.name || (g.aliases ?? []).includes(x.name));
      add(`${g.name}: found`, !!p, p ? '' : `people: ${show(people.map((x) => x.name))}`);
      if (!p) continue;
      matched.add(p);
      add(`${g.name}: title`, p.title === g.title, `got ${show(p.title)}, want ${show(g.title)}`);
      add(`${g.name}: organization`, p.organization === (g.organization ?? null), `got ${show(p.organization)}`);
      add(`${g.name}: country`, p.country === (g.country ?? null), `got ${show(p.country)}`);
      const names = countMentions(p, false);
      add(`${g.name}: mentions`, show(Object.entries(names).sort()) === show(Object.entries(g.mentions).sort()), `got ${show(names)}, want ${show(g.mentions)}`);
      const prons = countMentions(p, true);
      const want = g.pronounMentions ?? {};
      const missing = Object.entries(want).filter(([k, n]) => (prons[k] ?? 0) < n);
      const extra = Object.entries(prons).filter(([k, n]) => n > (want[k] ?? 0));
      add(
        `${g.name}: pronouns`,
        missing.length === 0,
        `got ${show(prons)}, gold ${show(want)}` + (extra.length ? ` (beyond gold: ${show(extra)})` : ''),
      );
    }
    const extras = people.filter((p) => !matched.has(p)).map((p) => p.name);
    add('no extra people', extras.length === 0, show(extras));
    const all = people.flatMap((p) => p.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text));
    const bad = doc.notPersons.filter((s) => all.includes(s));
    add('notPersons not people', bad.length === 0, show(bad));
  }
  return checks;
}

export function formatSeeds(checks: SeedCheck[]): string {
  const ok = checks.filter((c) => c.ok).length;
  const lines = checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.file.slice(0, 3)} ${c.what}${c.ok && !c.detail.includes('beyond') ? '' : '  ' + c.detail}`);
  return lines.join('\n') + `\nseeds: ${ok}/${checks.length} checks pass`;
}
