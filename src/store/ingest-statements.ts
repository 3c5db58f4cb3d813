/**
 * The statement half of ingesting an article: one row per claim, keyed by a fingerprint of
 * (article, content, which occurrence of that content) so revisiting, even after a paragraph was
 * inserted above, updates rows instead of duplicating them.
 */
import type { Claim } from '../core/types.ts';
import { claimText } from '../core/claim-text.ts';
import { LIMITS, bound, boundOrNull } from './bounds.ts';
import { fingerprint } from './hash.ts';
import type { OnRecordDb } from './schema.ts';
import type { ArticleRecord, StatementRecord } from './types.ts';

export function statementRows(
  article: ArticleRecord & { id: number },
  claims: readonly Claim[],
  personIds: readonly (number | null)[],
): StatementRecord[] {
  const occurrences = new Map<string, number>();
  const sortDate = article.publishedAt ?? article.firstSeenAt;
  return claims.map((claim) => {
    const content = bound(claimText(claim), LIMITS.quote);
    const n = occurrences.get(content) ?? 0;
    occurrences.set(content, n + 1);
    return {
      articleId: article.id,
      personId: claim.sourcePerson === null ? null : (personIds[claim.sourcePerson] ?? null),
      sourceText: boundOrNull(claim.source?.text, LIMITS.name),
      sourceKind: claim.sourceKind,
      cue: bound(claim.cue.text, LIMITS.cue),
      content,
      direct: claim.direct,
      outlet: boundOrNull(claim.outlet, LIMITS.outlet),
      start: claim.content.start,
      end: claim.content.end,
      publishedAt: article.publishedAt,
      sortDate,
      fingerprint: fingerprint('statement', article.id, content, n),
    };
  });
}

/**
 * Writes the article's statements: new ones are added; known ones keep their person (a user's
 * split or merge may have moved them) unless it was unknown, and take the latest offsets/date.
 */
export async function upsertStatements(
  db: OnRecordDb,
  rows: readonly StatementRecord[],
): Promise<{ added: number; known: number }> {
  if (rows.length === 0) return { added: 0, known: 0 };
  const existing = await db.statements
    .where('fingerprint')
    .anyOf(rows.map((r) => r.fingerprint))
    .toArray();
  const byFp = new Map(existing.map((s) => [s.fingerprint, s]));
  const fresh: StatementRecord[] = [];
  const changed: StatementRecord[] = [];
  const inThisRun = new Set<string>();
  for (const row of rows) {
    if (inThisRun.has(row.fingerprint)) continue;
    inThisRun.add(row.fingerprint);
    const old = byFp.get(row.fingerprint);
    if (!old) {
      fresh.push(row);
      continue;
    }
    changed.push({ ...row, id: old.id, personId: old.personId ?? row.personId });
  }
  if (fresh.length) await db.statements.bulkAdd(fresh);
  if (changed.length) await db.statements.bulkPut(changed);
  return { added: fresh.length, known: changed.length };
}
