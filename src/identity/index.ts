/**
 * Identity: who is who across articles. Pure code (no DOM, no storage). The store indexes people
 * by `nameKeys` and asks `resolvePerson` which stored person an article's person is; the CLI
 * links documents with `linkDocuments`; cards show `formatRoles`.
 */
export type { ArticleContext, ArticlePerson, KnownPerson, Resolution } from './types.ts';
export { nameKeys, personSlug } from './name-keys.ts';
export { compareNames } from './compare-names.ts';
export { resolvePerson } from './resolve-person.ts';
export { linkDocuments } from './link-documents.ts';
export { formatRoles } from './format-roles.ts';
export { describeRole } from './describe-role.ts';
