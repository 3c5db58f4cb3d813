/**
 * The hovercard: who this is (name, the title this article gives, other titles seen before with
 * dates, how many statements are stored) and what they said before; for a claim, the claim
 * itself and a "Save claim" button. Pure view: data in, callbacks out.
 */
import type { PersonCard } from '../../messaging/contract.ts';
import { quoteText, safeText, shortDate } from '../shared/safe-text.ts';
import type { HovercardModel } from './card-model.ts';
import { EarlierStatements } from './earlier-statements.tsx';
import { describeRole } from '../../identity/describe-role.ts';

export interface HovercardProps {
  model: HovercardModel;
  onSave?: () => void;
  onClose?: () => void;
}

const KIND_LABEL = { official: 'Official', claim: 'Claim', outlet: 'Outlet credit' } as const;

/** Titles held before, other than the one this article gives: newest first, one per title. */
export function otherTitles(
  card: PersonCard,
  titleHere: string | null,
): Array<{ title: string; date: string }> {
  const here = (titleHere ?? '').trim().toLowerCase();
  const latest = new Map<string, { title: string; date: string }>();
  for (const r of card.person.roleHistory ?? []) {
    const title = safeText(r.title ? describeRole(r) : '', 120);
    const key = title.toLowerCase();
    if (!title || key === here) continue;
    const prev = latest.get(key);
    if (!prev || (r.date ?? '') > prev.date) latest.set(key, { title, date: r.date ?? '' });
  }
  return [...latest.values()]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, 4);
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function StoredPart(props: { model: HovercardModel }) {
  const { stored, titleHere, pageUrl, kind } = props.model;
  if (stored.state === 'loading')
    return <p class="muted loading">Looking up earlier statements…</p>;
  if (stored.state === 'error')
    return <p class="muted">Earlier statements are unavailable right now.</p>;
  if (stored.state === 'none') {
    if (kind === 'outlet') return null;
    return (
      <p class="muted">
        {props.model.name
          ? 'Nothing stored about this person yet.'
          : 'The source is not a named person.'}
      </p>
    );
  }
  const { card } = stored;
  const titles = otherTitles(card, titleHere);
  return (
    <section class="stored">
      {titles.length > 0 && (
        <div class="roles">
          <span class="label">Also titled</span>
          <ul>
            {titles.map((t) => (
              <li key={t.title}>
                {t.title}
                {t.date && <span class="date"> · {shortDate(t.date)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="counts">
        {plural(card.person.statementCount, 'statement')} stored ·{' '}
        {plural(card.person.articleCount, 'article')}
      </p>
      <h3>Said before</h3>
      <EarlierStatements statements={card.statements} pageUrl={pageUrl} />
    </section>
  );
}

function SaveButton(props: { state: HovercardModel['save']; onSave?: () => void }) {
  const { state } = props;
  if (state === 'hidden') return null;
  const label =
    state === 'saving'
      ? 'Saving…'
      : state === 'saved'
        ? 'Saved'
        : state === 'duplicate'
          ? 'Already saved'
          : state === 'error'
            ? 'Retry save'
            : 'Save claim';
  return (
    <button
      type="button"
      class={`save ${state}`}
      disabled={state === 'saving' || state === 'saved' || state === 'duplicate'}
      onClick={() => props.onSave?.()}
    >
      {label}
    </button>
  );
}

export function Hovercard(props: HovercardProps) {
  const { model } = props;
  const name = safeText(model.name, 120);
  const titleHere = safeText(model.titleHere, 160);
  const heading =
    name ||
    (model.kind === 'outlet'
      ? safeText(model.outlet, 120)
      : safeText(model.claim?.sourceText, 120)) ||
    'Unnamed source';
  const claim = model.claim;
  return (
    <div
      class={`card kind-${model.kind}`}
      role="dialog"
      aria-label={`On Record: ${heading}`}
      tabIndex={-1}
    >
      <header>
        <div class="top">
          <span class={`badge ${model.kind}`}>{KIND_LABEL[model.kind]}</span>
          <button
            type="button"
            class="close"
            aria-label="Close"
            title="Close (Esc)"
            onClick={() => props.onClose?.()}
          >
            ×
          </button>
        </div>
        <h2 class="name">
          <bdi>{heading}</bdi>
        </h2>
        {titleHere && <p class="title-here">{titleHere}</p>}
        {!titleHere && model.titleEarlier && (
          <p class="title-earlier" data-testid="title-earlier">
            <span class="title-here">{safeText(model.titleEarlier.title, 160)}</span>
            <span class="title-source">{safeText(model.titleEarlier.source, 240)}</span>
          </p>
        )}
      </header>
      {claim && (
        <section class="claim">
          <p class="said">
            <bdi>{safeText(claim.sourceText, 80) || 'Unattributed'}</bdi>{' '}
            <span class="cue">{safeText(claim.cue, 40)}</span>
            {claim.direct ? (
              <span class="tag">direct quote</span>
            ) : (
              <span class="tag">reported</span>
            )}
          </p>
          <blockquote class="quote">{quoteText(claim.quote, claim.direct, 400)}</blockquote>
          {claim.outlet && <p class="credit">Credited to {safeText(claim.outlet, 60)}</p>}
          <SaveButton state={model.save} {...(props.onSave ? { onSave: props.onSave } : {})} />
        </section>
      )}
      {model.kind === 'outlet' && (
        <p class="muted">This article credits {safeText(model.outlet, 60)} as a source.</p>
      )}
      <StoredPart model={model} />
      <footer class="hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>Esc</kbd>{' '}
        close
      </footer>
    </div>
  );
}
