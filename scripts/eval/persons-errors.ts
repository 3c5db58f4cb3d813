/**
 * Sorts CoNLL dev person errors into categories (missed, boundary, other entity type, headline,
 * sentence start...) with examples in context, to show what to improve next.
 */
import type { ConllDoc } from './conll-data.ts';
import type { Span2 } from './span-score.ts';

export type ErrorTable = Map<string, string[]>;

function overlaps(a: Span2, b: Span2): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function context(text: string, s: Span2): string {
  const ls = text.lastIndexOf('\n', s[0] - 1) + 1;
  let le = text.indexOf('\n', s[1]);
  if (le < 0) le = text.length;
  const from = Math.max(ls, s[0] - 40);
  const to = Math.min(le, s[1] + 40);
  return (text.slice(from, s[0]) + '[[' + text.slice(s[0], s[1]) + ']]' + text.slice(s[1], to)).replace(/\s+/g, ' ');
}

function where(text: string, s: Span2): string {
  const ls = text.lastIndexOf('\n', s[0] - 1) + 1;
  let le = text.indexOf('\n', s[1]);
  if (le < 0) le = text.length;
  const line = text.slice(ls, le);
  if (!/\p{Ll}/u.test(line)) return 'caps line';
  if (ls === s[0]) return 'line start';
  if (/\d/.test(line) && line.split(' ').filter((w) => /^\d/.test(w)).length * 3 >= line.split(' ').length) return 'table';
  return 'prose';
}

export function categoriseErrors(docs: ConllDoc[], predict: (text: string) => Span2[]): ErrorTable {
  const table: ErrorTable = new Map();
  const add = (cat: string, ex: string): void => {
    const l = table.get(cat);
    if (l) l.push(ex);
    else table.set(cat, [ex]);
  };
  for (const d of docs) {
    const pred = predict(d.text);
    const key = (s: Span2): string => `${s[0]}:${s[1]}`;
    const predKeys = new Set(pred.map(key));
    const goldKeys = new Set(d.persons.map(key));
    const others: Array<[string, Span2[]]> = [['ORG', d.orgs], ['LOC', d.locs], ['MISC', d.misc]];
    for (const g of d.persons) {
      if (predKeys.has(key(g))) continue;
      const o = pred.find((p) => overlaps(p, g));
      add(o ? `FN boundary (${where(d.text, g)})` : `FN missed (${where(d.text, g)})`, context(d.text, g) + (o ? `  ~ "${d.text.slice(o[0], o[1])}"` : ''));
    }
    for (const p of pred) {
      if (goldKeys.has(key(p))) continue;
      if (d.persons.some((g) => overlaps(g, p))) continue; // counted as FN boundary
      const other = others.find(([, l]) => l.some((s) => overlaps(s, p)));
      add(`FP ${other ? 'gold ' + other[0] : 'not an entity'} (${where(d.text, p)})`, context(d.text, p));
    }
  }
  return table;
}

export function formatErrors(table: ErrorTable, examples: number): string {
  const rows = [...table.entries()].sort((a, b) => b[1].length - a[1].length);
  return rows
    .map(([cat, ex]) => `${String(ex.length).padStart(5)}  ${cat}\n` + ex.slice(0, examples).map((e) => `         ${e}`).join('\n'))
    .join('\n');
}
