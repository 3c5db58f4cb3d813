/**
 * A person's timeline: every statement seen in analysed articles and every item saved from
 * them, by the article's publication date, with the titles they held over time. Escape or the
 * close button returns to the list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TimelineView } from '../../messaging/collection.ts';
import { outletBesideHost, passageText, readOnHost, safeHref, safeText, shortDate } from '../shared/safe-text.ts';
import { PersonActions } from './person-actions.tsx';
import { errorText, type LibraryApi } from './library-api.ts';
import { plural } from './labels.ts';

export interface PersonPanelProps {
  api: LibraryApi;
  personId: number;
  onClose: () => void;
  onStatus: (message: string) => void;
  /** Another person to show (after a split/merge the id may change). */
  onPerson: (personId: number) => void;
}

export function PersonPanel({ api, personId, onClose, onStatus, onPerson }: PersonPanelProps) {
  const [timeline, setTimeline] = useState<TimelineView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void api.request({ type: 'collection/timeline', personId, limit: 1000 }).then((r) => {
      if (!live) return;
      setTimeline(r.ok ? r.value : null);
      setError(r.ok ? null : errorText(r));
    });
    return () => {
      live = false;
    };
  }, [api, personId, version]);

  useEffect(() => heading.current?.focus(), [personId, timeline === null]);

  const person = timeline?.person;
  return (
    <section
      class="person-panel"
      aria-labelledby="person-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="panel-head">
        <h2 id="person-heading" tabIndex={-1} ref={heading} dir="auto">
          {person ? safeText(person.name, 120) : 'Person'}
        </h2>
        <button type="button" class="button-quiet" onClick={onClose}>
          Back to the collection
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {person ? (
        <>
          <p class="muted">
            {plural(person.statementCount, 'statement')} seen in{' '}
            {plural(person.articleCount, 'article')}
            {person.aliases.length > 1
              ? ` · also written ${person.aliases
                  .filter((a) => a !== person.name)
                  .map((a) => `“${safeText(a, 60)}”`)
                  .join(', ')}`
              : ''}
          </p>
          {person.roleHistory.length ? (
            <ul class="roles" aria-label="Titles over time">
              {[...person.roleHistory]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((r, i) => (
                  <li key={i} dir="auto">
                    {safeText(r.title, 120)} <span class="muted">({shortDate(r.date)})</span>
                  </li>
                ))}
            </ul>
          ) : null}
          <PersonActions
            api={api}
            person={person}
            onError={(m) => onStatus(m)}
            onChanged={(message, id) => {
              onStatus(message);
              if (id === personId) setVersion((v) => v + 1);
              else onPerson(id);
            }}
          />
        </>
      ) : null}
      {timeline ? (
        <ol class="timeline" aria-label="Timeline by publication date">
          {timeline.truncated ? <li class="muted">Older statements are not shown.</li> : null}
          {timeline.entries.map((e, i) => {
            const href = safeHref(e.url);
            const host = readOnHost(e.url);
            const outlet = outletBesideHost(safeText(e.outlet, 80), host);
            return (
              <li key={i} class={`entry entry-${e.kind}`}>
                <span class="when">{shortDate(e.publishedAt ?? e.date) || 'Date unknown'}</span>
                <span class={`badge badge-${e.kind}`}>{e.kind === 'saved' ? 'Saved' : 'Seen'}</span>
                <blockquote dir="auto">{passageText(e.quote, e.direct, 1000)}</blockquote>
                <p class="source">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
                      {safeText(e.articleTitle, 200) || safeText(e.url, 100)}
                    </a>
                  ) : (
                    <span dir="auto">{safeText(e.articleTitle, 200)}</span>
                  )}
                  {outlet ? <span class="muted"> · {outlet}</span> : null}
                  {host ? <span class="muted host"> · read on {host}</span> : null}
                  {e.note ? <span class="muted"> · note: {safeText(e.note, 200)}</span> : null}
                </p>
              </li>
            );
          })}
          {timeline.entries.length === 0 ? (
            <li class="muted">Nothing stored for this person yet.</li>
          ) : null}
        </ol>
      ) : null}
    </section>
  );
}
