/** This page's claims: who (source), how (cue), what (content snippet), credited outlet, save. */
import type { ClaimView } from '../../messaging/contract.ts';
import { quoteText } from '../shared/safe-text.ts';
import { snippet } from './format.ts';
import { MoreButton } from './officials-list.tsx';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface ClaimsListProps {
  /** The first claims of the page (the popup asks for more with `onMore`). */
  claims: ClaimView[];
  /** How many claims the page has. */
  total: number;
  saves: ReadonlyMap<number, SaveState>;
  onSave: (index: number) => void;
  onMore: () => void;
}

const KIND_LABEL: Record<ClaimView['sourceKind'], string> = {
  'named-person': '',
  organization: 'organisation',
  unnamed: 'unnamed source',
  passive: 'no named source',
  outlet: 'news outlet',
};

function SaveButton({ state, onClick }: { state: SaveState; onClick: () => void }) {
  const label = { idle: 'Save', saving: 'Saving…', saved: 'Saved', error: 'Retry' }[state];
  return (
    <button
      type="button"
      class={`save save-${state}`}
      disabled={state === 'saving' || state === 'saved'}
      onClick={onClick}
      aria-label={state === 'saved' ? 'Saved to your collection' : 'Save this claim'}
    >
      {state === 'saved' ? '✓ ' : ''}
      {label}
    </button>
  );
}

export function ClaimsList({ claims, total, saves, onSave, onMore }: ClaimsListProps) {
  return (
    <section class="section" aria-labelledby="claims-h">
      <h2 id="claims-h">
        Claims <span class="count">{total}</span>
      </h2>
      {claims.length === 0 ? (
        <p class="empty">No sourced claims found on this page.</p>
      ) : (
        <ul class="list" data-testid="claims">
          {claims.map((c) => {
            const state = c.saved ? 'saved' : (saves.get(c.index) ?? 'idle');
            const kind = KIND_LABEL[c.sourceKind];
            return (
              <li class="claim" key={c.index}>
                <div class="claim-head">
                  <span
                    class="source"
                    dir="auto"
                    title={c.sourceName && c.sourceText && c.sourceText !== c.sourceName ? c.sourceText : undefined}
                  >
                    {c.sourceName ?? c.sourceText ?? 'Unattributed'}
                  </span>
                  <span class="cue" dir="auto">
                    {c.cue}
                  </span>
                  {kind ? <span class="kind">{kind}</span> : null}
                </div>
                <p class={`content ${c.direct ? 'direct' : 'indirect'}`} dir="auto">
                  {c.direct ? quoteText(c.content, true, 280) : snippet(c.content)}
                </p>
                <div class="claim-foot">
                  {c.outlet ? (
                    <span class="chip chip-outlet" dir="auto">
                      {c.outlet}
                    </span>
                  ) : null}
                  <span class="chip">{c.direct ? 'direct quote' : 'reported speech'}</span>
                  <SaveButton state={state} onClick={() => onSave(c.index)} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <MoreButton shown={claims.length} total={total} noun="claims" onMore={onMore} />
    </section>
  );
}
