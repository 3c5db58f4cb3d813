/** This page's officials: name, the title the article gives, mention and statement counts. */
import type { OfficialView } from '../../messaging/contract.ts';
import { count } from './format.ts';

export interface OfficialsListProps {
  /** The first officials of the page (the popup asks for more with `onMore`). */
  officials: OfficialView[];
  /** How many officials the page has, and people named without a title who made a claim. */
  total: number;
  others: number;
  onMore: () => void;
}

export function OfficialsList({ officials, total, others, onMore }: OfficialsListProps) {
  return (
    <section class="section" aria-labelledby="officials-h">
      <h2 id="officials-h">
        Officials <span class="count">{total}</span>
      </h2>
      {officials.length === 0 ? (
        <p class="empty">No officials named with a title on this page.</p>
      ) : (
        <ul class="list" data-testid="officials">
          {officials.map((o) => (
            <li class="row official" key={o.index} data-person-id={o.personId ?? ''}>
              <div class="row-main">
                <span class="name" dir="auto">
                  {o.name}
                </span>
                <span class="title" dir="auto">
                  {o.title}
                </span>
                {o.titleSource ? (
                  <span class="title-source" dir="auto">
                    {o.titleSource}
                  </span>
                ) : null}
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
      <MoreButton shown={officials.length} total={total} noun="officials" onMore={onMore} />
      {others > 0 ? (
        <p class="note">
          and {count(others, 'other person', 'other people')} named without a title
        </p>
      ) : null}
    </section>
  );
}

/** "Show 100 more (200 of 56,416)": the popup receives long lists in pages. */
export function MoreButton(props: { shown: number; total: number; noun: string; onMore: () => void }) {
  const { shown, total, noun, onMore } = props;
  if (shown >= total) return null;
  return (
    <button type="button" class="more" onClick={onMore} data-testid={`more-${noun}`}>
      Show more {noun} ({shown.toLocaleString('en')} of {total.toLocaleString('en')})
    </button>
  );
}
