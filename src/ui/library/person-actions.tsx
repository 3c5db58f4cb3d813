/**
 * The user's decisions about a person: rename, split names off into another person, merge
 * another person into this one. The store keeps these decisions when new articles arrive.
 */
import { useState } from 'preact/hooks';
import type { PersonDetailView } from '../../messaging/collection.ts';
import type { PersonSummary } from '../../messaging/contract.ts';
import { safeText } from '../shared/safe-text.ts';
import { errorText, type LibraryApi } from './library-api.ts';

export interface PersonActionsProps {
  api: LibraryApi;
  person: PersonDetailView;
  /** Called after a change, with a message for the status line and the person to show next. */
  onChanged: (message: string, personId: number) => void;
  onError: (message: string) => void;
}

function Rename({ api, person, onChanged, onError }: PersonActionsProps) {
  const [name, setName] = useState(person.name);
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await api.request({
          type: 'collection/people-rename',
          personId: person.id,
          name,
        });
        if (r.ok) onChanged(`Renamed to ${safeText(r.value.name, 80)}.`, r.value.id);
        else onError(errorText(r));
      }}
    >
      <label class="field">
        <span>Name</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          required
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={!name.trim() || name === person.name}>
        Rename
      </button>
    </form>
  );
}

function Split({ api, person, onChanged, onError }: PersonActionsProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  if (person.aliases.length < 2) return null;
  return (
    <form
      class="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await api.request({
          type: 'collection/people-split',
          personId: person.id,
          aliases: chosen,
        });
        if (r.ok)
          onChanged(`${safeText(r.value.created.name, 80)} is now a separate person.`, person.id);
        else onError(errorText(r));
      }}
    >
      <fieldset>
        <legend>These names are someone else (split them off)</legend>
        {person.aliases.map((a) => (
          <label class="check" key={a}>
            <input
              type="checkbox"
              checked={chosen.includes(a)}
              onChange={(e) =>
                setChosen(e.currentTarget.checked ? [...chosen, a] : chosen.filter((c) => c !== a))
              }
            />
            <span dir="auto">{safeText(a, 120)}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={chosen.length === 0 || chosen.length === person.aliases.length}
      >
        Split off
      </button>
    </form>
  );
}

function Merge({ api, person, onChanged, onError }: PersonActionsProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonSummary[]>([]);
  const search = async (q: string): Promise<void> => {
    setQuery(q);
    if (!q.trim()) return setFound([]);
    const r = await api.searchPeople(q);
    setFound(r.ok ? r.value.filter((p) => p.id !== person.id) : []);
  };
  return (
    <div class="inline-form">
      <label class="field">
        <span>Same person as… (search)</span>
        <input
          type="search"
          value={query}
          maxLength={200}
          onInput={(e) => void search(e.currentTarget.value)}
        />
      </label>
      {found.length ? (
        <ul class="plain-list" aria-label="People to merge into this one">
          {found.slice(0, 8).map((p) => (
            <li key={p.id}>
              <span dir="auto">{safeText(p.name, 80)}</span>
              {p.roles[0] ? <span class="muted"> · {safeText(p.roles[0], 80)}</span> : null}
              <button
                type="button"
                class="button-quiet"
                onClick={async () => {
                  const r = await api.request({
                    type: 'collection/people-merge',
                    keepId: person.id,
                    mergeId: p.id,
                  });
                  if (r.ok)
                    onChanged(
                      `Merged ${safeText(p.name, 80)} into ${safeText(r.value.name, 80)}.`,
                      person.id,
                    );
                  else onError(errorText(r));
                }}
              >
                Merge into {safeText(person.name, 40)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PersonActions(props: PersonActionsProps) {
  return (
    <details class="person-actions">
      <summary>Correct this person</summary>
      <Rename {...props} key={`r-${props.person.id}-${props.person.name}`} />
      <Split {...props} key={`s-${props.person.id}-${props.person.aliases.length}`} />
      <Merge {...props} />
    </details>
  );
}
