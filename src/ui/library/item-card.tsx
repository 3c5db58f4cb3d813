/**
 * One saved item: the quote, who said it and how, where and when it was published, the note and
 * tags, and what re-anchoring found. All page-derived text is rendered as bounded text; the
 * only link is the item's own http(s) page.
 */
import { useState } from 'preact/hooks';
import type { SavedItemView } from '../../messaging/collection.ts';
import { outletBesideHost, passageText, readOnHost, safeHref, safeText, shortDate } from '../shared/safe-text.ts';
import { ItemEditor } from './item-editor.tsx';
import { ANCHOR_LABELS, sourceKindLabel } from './labels.ts';

export interface ItemCardProps {
  item: SavedItemView;
  onEdit: (note: string, tags: string[]) => Promise<void>;
  onDelete: () => void;
  onPerson: (personId: number) => void;
}

function Speaker({ item, onPerson }: Pick<ItemCardProps, 'item' | 'onPerson'>) {
  const name = safeText(item.personName ?? item.sourceText ?? '', 120);
  const title = safeText(item.personTitle ?? '', 120);
  if (!name) return <span class="kind">{sourceKindLabel(item.sourceKind)}</span>;
  return (
    <span class="speaker">
      {item.personId !== null ? (
        <button
          type="button"
          class="link-button"
          onClick={() => item.personId !== null && onPerson(item.personId)}
          aria-label={`Timeline of ${name}`}
        >
          {name}
        </button>
      ) : (
        <span dir="auto">{name}</span>
      )}
      {title ? (
        <span class="muted" dir="auto">
          , {title}
        </span>
      ) : null}
      <span class="kind"> · {sourceKindLabel(item.sourceKind)}</span>
    </span>
  );
}

function AnchorStatus({ item }: { item: SavedItemView }) {
  const label = ANCHOR_LABELS[item.anchorStatus];
  if (!label) return null;
  if (item.anchorStatus !== 'changed')
    return <p class={`anchor anchor-${item.anchorStatus}`}>{label}</p>;
  return (
    <div class="anchor anchor-changed" role="note">
      <p>{label}</p>
      <dl class="diff">
        <dt>When you saved it</dt>
        <dd dir="auto">{safeText(item.quote.exact, 1500)}</dd>
        <dt>On the page now</dt>
        <dd dir="auto">{item.currentText ? safeText(item.currentText, 1500) : '—'}</dd>
      </dl>
    </div>
  );
}

export function ItemCard({ item, onEdit, onDelete, onPerson }: ItemCardProps) {
  const [editing, setEditing] = useState(false);
  const href = safeHref(item.url);
  const host = readOnHost(item.url);
  const outlet = outletBesideHost(safeText(item.outlet, 80), host);
  const title = safeText(item.title, 300) || safeText(item.url, 120);
  const published = shortDate(item.publishedAt);
  return (
    <article
      class="item"
      data-item-id={item.id}
      aria-label={`Saved quote: ${passageText(item.quote.exact, item.direct, 80)}`}
    >
      <blockquote class="quote" dir="auto">
        {passageText(item.quote.exact, item.direct)}
      </blockquote>
      <p class="meta">
        <Speaker item={item} onPerson={onPerson} />
        {item.cue ? <span class="muted"> · “{safeText(item.cue, 60)}”</span> : null}
        {item.direct === null ? null : (
          <span class="muted"> · {item.direct ? 'direct quote' : 'reported speech'}</span>
        )}
        {item.outletCredit ? (
          <span class="muted"> · via {safeText(item.outletCredit, 80)}</span>
        ) : null}
      </p>
      <p class="source">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
            {title}
          </a>
        ) : (
          <span dir="auto">{title}</span>
        )}
        {outlet ? <span class="muted"> · {outlet}</span> : null}
        {host ? <span class="muted host"> · read on {host}</span> : null}
        {published ? <span class="muted"> · published {published}</span> : null}
        <span class="muted"> · saved {shortDate(item.savedAt)}</span>
      </p>
      <AnchorStatus item={item} />
      {editing ? (
        <ItemEditor
          item={item}
          onCancel={() => setEditing(false)}
          onSave={async (note, tags) => {
            await onEdit(note, tags);
            setEditing(false);
          }}
        />
      ) : (
        <>
          {item.note ? (
            <p class="note" dir="auto">
              {safeText(item.note, 2000)}
            </p>
          ) : null}
          {item.tags.length ? (
            <ul class="tags" aria-label="Tags">
              {item.tags.map((t) => (
                <li key={t}>{safeText(t, 60)}</li>
              ))}
            </ul>
          ) : null}
          <div class="actions">
            <button type="button" class="button-quiet" onClick={() => setEditing(true)}>
              Edit note and tags
            </button>
            <button type="button" class="button-quiet danger" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </article>
  );
}
