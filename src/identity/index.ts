/**
 * Identity: who is who across articles. Pure code (no DOM, no storage): the store calls
 * `nameKeys` to index people and `resolvePerson` to decide which stored person an article's
 * person is; the CLI calls `linkDocuments`; cards call `formatRoles`.
 *
 * FIRST CUT: the API is final, the implementations are being deepened.
 */
import anyAscii from 'any-ascii';

/** What identity needs to know about a stored person (the store adapts PersonRecord to this). */
export interface KnownPerson {
  id: number;
  name: string;
  aliases: string[];
  roles: Array<{ title: string; organization: string | null; country: string | null; date: string }>;
  userEdited: boolean;
}
/** One person as found in an article (from the engine), with the article context. */
export interface ArticlePerson {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
}
export interface ArticleContext {
  publishedAt: string | null;
  people: ArticlePerson[];
}
export type Resolution =
  | { kind: 'match'; personId: number; reason: string }
  | { kind: 'new'; reason: string }
  | { kind: 'unlinked'; reason: string };

function tokens(name: string): string[] {
  return anyAscii(name)
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .split(/[\s-]+/)
    .filter((t) => t && !['mr', 'mrs', 'ms', 'dr', 'jr', 'sr'].includes(t));
}

/** Normalised lookup keys for a name: 'f:surname|g' and 's:surname'. */
export function nameKeys(name: string): string[] {
  const t = tokens(name);
  const s = t[t.length - 1];
  if (!s) return [];
  const keys = [`s:${s}`];
  if (t.length > 1) keys.unshift(`f:${s}|${t[0]?.[0] ?? ''}`);
  return keys;
}

/** A stable, readable slug for one person, e.g. 'kuleba-dmytro'. */
export function personSlug(name: string): string {
  const t = tokens(name);
  const s = t.pop();
  return [s, ...t].filter(Boolean).join('-') || 'person';
}

export function compareNames(a: string, b: string): { verdict: 'same' | 'different' | 'unsure'; reason: string } {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.join(' ') === tb.join(' ')) return { verdict: 'same', reason: 'identical' };
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return { verdict: 'different', reason: 'surnames differ' };
  if (ta.length === 1 || tb.length === 1) return { verdict: 'unsure', reason: 'bare surname' };
  return ta[0] === tb[0] ? { verdict: 'same', reason: 'same given name' } : { verdict: 'different', reason: 'given names differ' };
}

export function resolvePerson(person: ArticlePerson, _article: ArticleContext, candidates: KnownPerson[]): Resolution {
  for (const c of candidates) {
    for (const n of [c.name, ...c.aliases]) {
      if (compareNames(person.name, n).verdict === 'same') return { kind: 'match', personId: c.id, reason: 'name' };
    }
  }
  if (tokens(person.name).length < 2) return { kind: 'unlinked', reason: 'bare surname' };
  return { kind: 'new', reason: 'no candidate' };
}

export function linkDocuments(docs: Array<{ publishedAt?: string | null; people: ArticlePerson[] }>): string[][] {
  const known: KnownPerson[] = [];
  const slugs = new Map<number, string>();
  const used = new Set<string>();
  return docs.map((doc) =>
    doc.people.map((p) => {
      const r = resolvePerson(p, { publishedAt: doc.publishedAt ?? null, people: doc.people }, known);
      if (r.kind === 'match') return slugs.get(r.personId) ?? '';
      let slug = personSlug(p.name);
      let n = 2;
      while (used.has(slug)) slug = `${personSlug(p.name)}-${n++}`;
      used.add(slug);
      const id = known.length + 1;
      if (r.kind === 'new') known.push({ id, name: p.name, aliases: [p.name], roles: [], userEdited: false });
      slugs.set(id, slug);
      return slug;
    }),
  );
}

export function formatRoles(roles: KnownPerson['roles']): string[] {
  return [...roles]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((r) => `${r.title}${r.date ? ` (${r.date.slice(0, 4)})` : ''}`);
}
