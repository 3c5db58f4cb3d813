/**
 * Cross-document linking for the CLI: the same `resolvePerson` the extension uses, against an
 * in-memory store built up document by document. Each person gets a `personKey` slug; people who
 * stay unlinked (a bare surname without supporting context, an ambiguous name) get a key of
 * their own, so two different people never share one.
 */
import { nameKeys, personSlug } from './name-keys.ts';
import { parseName } from './parse-name.ts';
import { resolvePerson } from './resolve-person.ts';
import type { ArticlePerson, KnownPerson } from './types.ts';

interface LinkedPerson extends KnownPerson {
  key: string;
}

class RunStore {
  private readonly people: LinkedPerson[] = [];
  private readonly byKey = new Map<string, LinkedPerson[]>();
  private readonly usedKeys = new Set<string>();

  candidates(name: string): LinkedPerson[] {
    const out: LinkedPerson[] = [];
    for (const key of nameKeys(name)) {
      for (const person of this.byKey.get(key) ?? []) if (!out.includes(person)) out.push(person);
    }
    return out;
  }

  uniqueKey(name: string): string {
    const base = personSlug(name);
    let key = base;
    for (let n = 2; this.usedKeys.has(key); n++) key = `${base}-${n}`;
    this.usedKeys.add(key);
    return key;
  }

  add(person: ArticlePerson, date: string): LinkedPerson {
    const stored: LinkedPerson = {
      id: this.people.length + 1,
      name: person.name,
      aliases: [person.name],
      roles: [],
      userEdited: false,
      key: this.uniqueKey(person.name),
    };
    this.people.push(stored);
    this.update(stored, person, date);
    return stored;
  }

  update(stored: LinkedPerson, person: ArticlePerson, date: string): void {
    if (!stored.aliases.includes(person.name)) stored.aliases.push(person.name);
    if (person.title) {
      stored.roles.push({
        title: person.title,
        organization: person.organization,
        country: person.country,
        date,
      });
    }
    for (const key of nameKeys(person.name)) {
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [stored]);
      else if (!list.includes(stored)) list.push(stored);
    }
  }

  byId(id: number): LinkedPerson | undefined {
    return this.people[id - 1];
  }
}

/** CLI: link the people of several documents of one run: per document, a personKey per person. */
export function linkDocuments(
  docs: Array<{ publishedAt?: string | null; people: ArticlePerson[] }>,
): string[][] {
  const store = new RunStore();
  return docs.map((doc) => {
    const article = { publishedAt: doc.publishedAt ?? null, people: doc.people };
    const date = doc.publishedAt ?? '';
    const keys: string[] = new Array<string>(doc.people.length).fill('');
    // Full names first, so a bare surname can lean on a full name given in the same document.
    const order = doc.people.map((_, i) => i);
    order.sort((a, b) => Number(isBare(doc.people[a])) - Number(isBare(doc.people[b])));
    for (const i of order) {
      const person = doc.people[i] as ArticlePerson;
      const resolution = resolvePerson(person, article, store.candidates(person.name));
      if (resolution.kind === 'match') {
        const stored = store.byId(resolution.personId);
        if (stored) {
          store.update(stored, person, date);
          keys[i] = stored.key;
          continue;
        }
      }
      keys[i] =
        resolution.kind === 'unlinked' ? store.uniqueKey(person.name) : store.add(person, date).key;
    }
    return keys;
  });
}

function isBare(person: ArticlePerson | undefined): boolean {
  return person ? parseName(person.name).given.length === 0 : false;
}
