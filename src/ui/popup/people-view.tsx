/** Stored people, searchable by name (every typed word must start one of their name words). */
import { useEffect, useState } from 'preact/hooks';
import type { PersonSummary } from '../../messaging/contract.ts';
import { count } from './format.ts';
import type { PopupApi } from './popup-api.ts';

const DEBOUNCE_MS = 150;

export function PeopleView({ api }: { api: PopupApi }) {
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<PersonSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await api.searchPeople(query.trim());
      if (!live) return;
      setPeople(r.ok ? r.value : []);
      setError(r.ok ? null : r.error.message);
    }, query ? DEBOUNCE_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  return (
    <section class="section people" aria-label="Stored people">
      <input
        type="search"
        class="search"
        placeholder="Search people you have read about"
        aria-label="Search stored people"
        value={query}
        maxLength={200}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {error ? <p class="error">{error}</p> : null}
      {people === null ? (
        <p class="empty">Loading…</p>
      ) : people.length === 0 ? (
        <p class="empty">
          {query ? 'Nobody stored matches that.' : 'Nobody stored yet: read a news article first.'}
        </p>
      ) : (
        <ul class="list" data-testid="people">
          {people.map((p) => (
            <li class="row person" key={p.id} data-person-id={p.id}>
              <div class="row-main">
                <span class="name" dir="auto">
                  {p.name}
                </span>
                {p.roles[0] ? (
                  <span class="title" dir="auto">
                    {p.roles[0]}
                  </span>
                ) : null}
                {p.aliases.length > 1 ? (
                  <span class="aliases" dir="auto">
                    also “{p.aliases.filter((a) => a !== p.name).slice(0, 3).join('”, “')}”
                  </span>
                ) : null}
              </div>
              <div class="row-meta">
                <span class={`chip ${p.statementCount > 0 ? 'chip-claim' : ''}`}>
                  {count(p.statementCount, 'statement')}
                </span>
                <span class="chip">{count(p.articleCount, 'article')}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
