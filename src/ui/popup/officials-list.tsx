/** This page's officials: name, the title the article gives, mention and statement counts. */
import type { OfficialView } from '../../messaging/contract.ts';
import { count } from './format.ts';

export function OfficialsList({ officials }: { officials: OfficialView[] }) {
  const withTitle = officials.filter((o) => o.title !== null);
  const others = officials.length - withTitle.length;
  return (
    <section class="section" aria-labelledby="officials-h">
      <h2 id="officials-h">
        Officials <span class="count">{withTitle.length}</span>
      </h2>
      {withTitle.length === 0 ? (
        <p class="empty">No officials named with a title on this page.</p>
      ) : (
        <ul class="list" data-testid="officials">
          {withTitle.map((o) => (
            <li class="row official" key={o.index} data-person-id={o.personId ?? ''}>
              <div class="row-main">
                <span class="name" dir="auto">
                  {o.name}
                </span>
                <span class="title" dir="auto">
                  {o.title}
                </span>
              </div>
              <div class="row-meta">
                <span class="chip">{count(o.mentionCount, 'mention')}</span>
                <span class={`chip ${o.statementCount > 0 ? 'chip-claim' : ''}`}>
                  {count(o.statementCount, 'statement')}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {others > 0 ? (
        <p class="note">
          and {count(others, 'other person', 'other people')} named without a title
        </p>
      ) : null}
    </section>
  );
}
