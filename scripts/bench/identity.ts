/**
 * Identity resolution speed: a page's people resolved against a store of 50k people. Builds 50k
 * synthetic people (skewed surname frequencies, nickname and transliteration aliases, dated
 * roles), indexes them by `nameKeys` in a Map as IndexedDB's multi-entry index would, then times
 * per article person: key computation + candidate lookup + `resolvePerson`. Goal ≤ 5 ms per
 * person. Run alone with `npx tsx scripts/bench/identity.ts`, or as a section of `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import {
  nameKeys,
  resolvePerson,
  type ArticlePerson,
  type KnownPerson,
} from '../../src/identity/index.ts';
import { clearNameCache } from '../../src/identity/parse-name.ts';
import { seededRandom } from '../../src/core/seeded-random.ts';

const STORE_SIZE = 50_000;
const QUERIES = 4_000;

const GIVEN = (
  'Joseph Joe William Bill Robert Bob Richard James John Edward Ed Thomas Michael Christopher Charles ' +
  'Daniel David Donald Anthony Andrew Nicholas Alexander Elizabeth Margaret Katherine Patricia Susan ' +
  'Jennifer Rebecca Samuel Matthew Stephen Peter Henry Mark Jens Anders Kaja Ursula Olaf Emmanuel ' +
  'Volodymyr Dmytro Dmitry Sergei Sergey Oleksandr Mykola Andriy Yulia Olena Mohammed Ahmed Hussein ' +
  'Omar Yusuf Recep Giuseppe Marco Luca Pedro Luis Maria Ana Carlos Javier Hans Klaus Annalena Friedrich ' +
  'Ingrid Lars Mette Sanna Petteri Viktor Gabriel Kristalina Antonio Pietro Ali Reza Abdel Fatima'
).split(' ');
const SYLLABLES =
  'ka ru te lo mi sen ber vo dra gon ish ov enko ski tz man son dal ni ar el ko va ley rut sch'.split(
    ' ',
  );
const TITLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Defence Minister',
  'Spokesperson',
  'Ambassador',
  'Senator',
  'Secretary General',
];
const ORGS = [null, null, null, 'NATO', 'EU', 'UN', 'IMF', 'WHO'];
const COUNTRIES = [
  null,
  'Ukraine',
  'Estonia',
  'Germany',
  'France',
  'Turkey',
  'Italy',
  'Poland',
  'United States',
];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

function makeSurnames(count: number, r: () => number): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES, r);
    out.add(s.charAt(0).toUpperCase() + s.slice(1));
  }
  return [...out];
}

/**
 * Skewed pick: index = n·r², so the commonest surname holds about 1% of people (as "Smith" does
 * in the US) and a long tail is rare — the hard case for lookup is the common surname.
 */
function skewedIndex(n: number, r: () => number): number {
  const x = r();
  return Math.min(n - 1, Math.floor(n * x * x));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export async function benchIdentity(): Promise<{ label: string; figures: Record<string, number> }> {
  const r = seededRandom(42);
  const surnames = makeSurnames(12_000, r);
  const people: KnownPerson[] = [];
  const index = new Map<string, KnownPerson[]>();
  const t0 = performance.now();
  for (let id = 1; id <= STORE_SIZE; id++) {
    const surname = surnames[skewedIndex(surnames.length, r)] as string;
    const name = `${pick(GIVEN, r)} ${surname}`;
    const aliases = [name];
    if (r() < 0.3) aliases.push(`${pick(GIVEN, r)} ${surname}`.replace(/^(\w)\w+/, '$1.'));
    const roles = [];
    for (let k = Math.floor(r() * 3); k >= 0; k--) {
      roles.push({
        title: pick(TITLES, r),
        organization: pick(ORGS, r),
        country: pick(COUNTRIES, r),
        date: `${2015 + Math.floor(r() * 11)}-06-01`,
      });
    }
    const person: KnownPerson = { id, name, aliases, roles, userEdited: r() < 0.02 };
    people.push(person);
    for (const key of nameKeys(name)) {
      const list = index.get(key);
      if (list) list.push(person);
      else index.set(key, [person]);
    }
  }
  const buildMs = performance.now() - t0;

  // Article people: known names, spelling/nickname variants, bare surnames with a title, new names.
  const queries: ArticlePerson[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const known = people[Math.floor(r() * people.length)] as KnownPerson;
    const role = known.roles[0];
    const kind = r();
    const surname = known.name.slice(known.name.indexOf(' ') + 1);
    let name: string;
    if (kind < 0.4) name = known.name;
    else if (kind < 0.6)
      name = known.name.replace(
        /^Joseph|^William|^Robert|^Dmytro|^Sergei/,
        (m) =>
          ({ Joseph: 'Joe', William: 'Bill', Robert: 'Bob', Dmytro: 'Dmitry', Sergei: 'Sergey' })[
            m
          ] ?? m,
      );
    else if (kind < 0.85) name = surname;
    else name = `${pick(GIVEN, r)} ${pick(surnames, r)}`;
    queries.push({
      name,
      title: role?.title ?? null,
      organization: role?.organization ?? null,
      country: role?.country ?? null,
    });
  }

  const run = (cold: boolean): { times: number[]; candidates: number[] } => {
    if (cold) clearNameCache();
    const times: number[] = [];
    const candidates: number[] = [];
    const article = { publishedAt: '2025-06-01', people: [] as ArticlePerson[] };
    for (let i = 0; i < queries.length; i++) {
      const person = queries[i] as ArticlePerson;
      article.people = queries.slice(i, i + 8); // a page's worth of co-mentioned people
      const start = performance.now();
      const seen = new Set<KnownPerson>();
      for (const key of nameKeys(person.name)) for (const p of index.get(key) ?? []) seen.add(p);
      const found = [...seen];
      resolvePerson(person, article, found);
      times.push(performance.now() - start);
      candidates.push(found.length);
    }
    times.sort((a, b) => a - b);
    candidates.sort((a, b) => a - b);
    return { times, candidates };
  };

  const cold = run(true);
  const warm = run(false);

  // Stress: 4,000 stored people sharing one surname (far beyond a real store's commonest one).
  const crowd: KnownPerson[] = [];
  for (let id = 1; id <= 4_000; id++) {
    crowd.push({
      id,
      name: `${pick(GIVEN, r)} ${pick(GIVEN, r)} Kim`,
      aliases: [],
      roles: [],
      userEdited: false,
    });
  }
  const crowdTimes: number[] = [];
  for (const [i, name] of ['Kim', 'Mark Kim', 'Kaja Ingrid Kim', 'Kim'].entries()) {
    if (i === 0) clearNameCache();
    const person = { name, title: 'President', organization: null, country: null };
    const start = performance.now();
    resolvePerson(person, { publishedAt: null, people: [person] }, crowd);
    crowdTimes.push(performance.now() - start);
  }
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    label: `Identity: resolve against ${STORE_SIZE.toLocaleString('en')} people (goal <= 5 ms per person)`,
    figures: {
      'store build + key index (ms)': round(buildMs),
      'index keys': index.size,
      queries: QUERIES,
      'candidates per query p50': percentile(cold.candidates, 0.5),
      'candidates per query p95': percentile(cold.candidates, 0.95),
      'candidates per query max': percentile(cold.candidates, 1),
      'cold parse cache: per person p50 (ms)': round(percentile(cold.times, 0.5)),
      'cold parse cache: per person p95 (ms)': round(percentile(cold.times, 0.95)),
      'cold parse cache: per person p99 (ms)': round(percentile(cold.times, 0.99)),
      'cold parse cache: per person max (ms)': round(percentile(cold.times, 1)),
      'warm: per person p50 (ms)': round(percentile(warm.times, 0.5)),
      'warm: per person p95 (ms)': round(percentile(warm.times, 0.95)),
      'warm: per person p99 (ms)': round(percentile(warm.times, 0.99)),
      'warm: per person mean (ms)': round(mean(warm.times)),
      'stress, 4000 same-surname candidates, cold (ms)': round(crowdTimes[0] ?? 0),
      'stress, 4000 same-surname candidates, warm max (ms)': round(
        Math.max(...crowdTimes.slice(1)),
      ),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await benchIdentity();
  console.log(`## ${section.label}`);
  for (const [k, v] of Object.entries(section.figures)) console.log(`  ${k.padEnd(44)} ${v}`);
}
