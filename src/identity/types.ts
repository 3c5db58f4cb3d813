/**
 * The shapes identity works with. They are deliberately smaller than the store's records
 * (`src/store/types.ts`): the store adapts a `PersonRecord` to a `KnownPerson`, so identity never
 * depends on storage details and stays testable on plain objects.
 */

/** A dated role as a store keeps it (`RoleRecord` without the article id). */
export interface KnownRole {
  title: string;
  organization: string | null;
  country: string | null;
  /** ISO date (or date-time) of the article that gave the title; '' when unknown. */
  date: string;
}

/** What identity needs to know about a stored person (the store adapts PersonRecord to this). */
export interface KnownPerson {
  id: number;
  name: string;
  aliases: string[];
  roles: KnownRole[];
  /** The user renamed, merged or split this person: their aliases are authoritative. */
  userEdited: boolean;
}

/** One person as found in an article (from the engine), with the article context. */
export interface ArticlePerson {
  name: string;
  title: string | null;
  organization: string | null;
  country: string | null;
}

/** The article a person was found in: its date and everyone else it names. */
export interface ArticleContext {
  publishedAt: string | null;
  people: ArticlePerson[];
}

/**
 * Which stored person an article's person is. `unlinked` means the name alone (typically a bare
 * surname) is not enough and the article does not settle it: store nothing cross-article.
 */
export type Resolution =
  | { kind: 'match'; personId: number; reason: string }
  | { kind: 'new'; reason: string }
  | { kind: 'unlinked'; reason: string };

/** Outcome of comparing two names with no other context. */
export interface NameComparison {
  verdict: 'same' | 'different' | 'unsure';
  reason: string;
}
