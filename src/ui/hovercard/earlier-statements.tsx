/**
 * The "said before" list: a person's latest statements from other articles, newest first by
 * the article's publication date (the worker sorts; we only drop this article's own and bound
 * the count). Every string is page data: rendered as text, bounded, links only when http(s).
 */
import type { CardStatement } from '../../messaging/contract.ts';
import { outletBesideHost, quoteText, readOnHost, safeHref, safeText, shortDate } from '../shared/safe-text.ts';

export const MAX_STATEMENTS = 4;

export function EarlierStatements(props: { statements: CardStatement[]; pageUrl: string | null }) {
  const list = props.statements.filter((s) => s.url !== props.pageUrl).slice(0, MAX_STATEMENTS);
  if (list.length === 0) return <p class="empty">No earlier statements stored yet.</p>;
  return (
    <ol class="statements">
      {list.map((s) => {
        const href = safeHref(s.url);
        const title = safeText(s.articleTitle, 120) || 'Untitled article';
        const date = shortDate(s.publishedAt);
        const host = readOnHost(s.url);
        const outlet = outletBesideHost(safeText(s.outlet, 60), host);
        return (
          <li key={s.id} class="statement">
            <blockquote class={s.direct ? 'quote direct' : 'quote'}>
              {quoteText(s.quote, s.direct, 240)}
            </blockquote>
            <div class="meta">
              <span class="cue">{safeText(s.cue, 40)}</span>
              {outlet && <span class="outlet">{outlet}</span>}
              {host && <span class="host" title={`Read on ${host}`}>{host}</span>}
              {date && <time dateTime={safeText(s.publishedAt, 40)}>{date}</time>}
            </div>
            <div class="source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow" title={title}>
                  {title}
                </a>
              ) : (
                <span title={title}>{title}</span>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
